/**
 * People of a tenant: the directory (Keycloak organization members), user administration, company sign-in (SSO), /me.
 * Public face: {@link io.socialmaturity.users.UserDirectory}, DirectoryUser, BusinessFunctionChanged; CompanySso and UserAdministration for provisioning.
 */
package io.socialmaturity.users;
