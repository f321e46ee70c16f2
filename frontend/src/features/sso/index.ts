/*
 * The public face of the SSO feature (a company's own identity provider): what other features and the app
 * may use. Everything else in src/features/sso is its own business.
 */
export { SsoPage } from './components/sso-page';
export { SsoSettings } from './components/sso-settings';
export { ownTenantSso, platformTenantSso, type SsoResource, type SsoView } from './api/get-sso';
