/**
 * The audit trail: who changed what, per tenant, recorded by every feature and read by tenant admins.
 * Public face: {@link io.socialmaturity.audit.AuditService}.
 */
package io.socialmaturity.audit;
