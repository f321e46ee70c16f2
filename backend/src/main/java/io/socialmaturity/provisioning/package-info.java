/**
 * Platform administration of tenants: create, edit, disable and enable a tenant with its Keycloak organization and first admin.
 * No public face: only its controller uses it.
 */
package io.socialmaturity.provisioning;
