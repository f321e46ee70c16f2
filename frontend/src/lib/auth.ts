import {
  UserManager,
  WebStorageStateStore,
  type SigninRedirectArgs,
  type User,
  type UserManagerSettings,
} from 'oidc-client-ts';
import type { AppConfig } from './config';
import { clearSessionEnded } from './session';

/** What the app keeps in the OIDC state across the round trip to the identity provider. */
export type SignInState = { returnTo: string };

/**
 * Every sign-in asks Keycloak for the app's current language (`ui_locales`), whoever starts it (the landing page,
 * a session that ended, …), so Keycloak's pages are in the language the person chose in the app.
 */
class LocalizedUserManager extends UserManager {
  constructor(
    settings: UserManagerSettings,
    private readonly language: () => string,
  ) {
    super(settings);
  }

  override signinRedirect(args: SigninRedirectArgs = {}): Promise<void> {
    return super.signinRedirect({ ui_locales: this.language(), ...args });
  }
}

/** The language of the page: i18n keeps `<html lang>` on the chosen language. */
function documentLanguage(): string {
  return document.documentElement.lang || 'en';
}

/**
 * Authorization code + PKCE against the configured issuer. Tokens and the PKCE state live in
 * sessionStorage (gone with the tab), never in localStorage.
 */
export function createUserManager(
  config: AppConfig,
  location: Location = window.location,
  language: () => string = documentLanguage,
): UserManager {
  // Keycloak allows exactly http://localhost:8080/ and http://localhost:5173/ (the dev server).
  const appRoot = `${location.origin}/`;
  return new LocalizedUserManager(
    {
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: appRoot,
      post_logout_redirect_uri: appRoot,
      response_type: 'code',
      // 'organization': a member of several organizations picks one on Keycloak's page; the API needs exactly one
      scope: 'openid profile email organization',
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      // oidc-client-ts keeps the state and PKCE verifier in localStorage unless told otherwise
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: true,
      monitorSession: false,
    },
    language,
  );
}

/** The parameters of an authorization response. */
const AUTH_RESPONSE_PARAMS = ['code', 'state', 'session_state', 'iss'];

/**
 * True when the address asks the app to sign in at once; the request is removed from the address. Two ways lead here:
 * - `?signin`: Keycloak's last page after an invitation's steps that set no password (e.g. only verifying the email:
 *   Keycloak opens no session then) leads to the app with it;
 * - an unsolicited authorization response, `?code=…` without `state`: after an invitation's password step the
 *   product's Keycloak extension (infra/keycloak/extension) finishes the login and sends the person to the app with a
 *   code the app did not ask for. The app cannot redeem it (no PKCE verifier, no state: react-oidc-context leaves it
 *   alone), so it starts its own sign-in, which Keycloak's new single sign-on session answers without any page.
 */
export function takeSignInRequest(location: Location = window.location): boolean {
  const url = new URL(location.href);
  const unsolicited = url.searchParams.has('code') && !url.searchParams.has('state');
  if (!url.searchParams.has('signin') && !unsolicited) return false;
  url.searchParams.delete('signin');
  if (unsolicited) AUTH_RESPONSE_PARAMS.forEach((name) => url.searchParams.delete(name));
  window.history.replaceState(null, document.title, `${url.pathname}${url.search}${url.hash}`);
  return true;
}

/** The current in-app location (path, query, fragment), to come back to after sign-in. */
export function currentLocation(location: Location = window.location): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

/** Only a path on this origin is a place to return to; anything else becomes "/". */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}

/** Signin callback: drop ?code=…&state=… from the address bar and go back to the deep link. */
export function onSigninCallback(user: User | undefined): void {
  const state = user?.state as Partial<SignInState> | undefined;
  clearSessionEnded();
  window.history.replaceState(null, document.title, safeReturnTo(state?.returnTo));
}

/** After Keycloak's logout the browser comes back to the app root with ?state=… */
export function matchSignoutCallback(settings: UserManagerSettings): boolean {
  const params = new URLSearchParams(window.location.search);
  return (
    settings.post_logout_redirect_uri !== undefined &&
    window.location.href.startsWith(settings.post_logout_redirect_uri) &&
    params.has('state') &&
    !params.has('code')
  );
}

export function onSignoutCallback(): void {
  window.history.replaceState(null, document.title, '/');
}

/** Removes leftover login parameters (e.g. after a failed callback) so a reload does not replay them. */
export function stripAuthParams(location: Location = window.location): void {
  const url = new URL(location.href);
  const names = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];
  if (!names.some((name) => url.searchParams.has(name))) return;
  names.forEach((name) => url.searchParams.delete(name));
  window.history.replaceState(null, document.title, `${url.pathname}${url.search}${url.hash}`);
}
