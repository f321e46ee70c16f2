/**
 * The tenant registry: companies and consultancies, looked up by their Keycloak organization alias on every request.
 * Public face: {@link io.socialmaturity.tenant.Tenant}, {@link io.socialmaturity.tenant.TenantService}, TenantKind and TenantStatus.
 */
package io.socialmaturity.tenant;
