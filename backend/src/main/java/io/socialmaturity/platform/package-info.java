/**
 * The shared plumbing every feature stands on: the web edge and errors, the caller and tenant resolution, the database, the clock, Keycloak.
 * Features use web, errors, security, db.CrossTenant and spreadsheet (the XLSX writer and the formula guard of exports); keycloak only users and provisioning (see FeatureBoundariesTest).
 */
package io.socialmaturity.platform;
