import { UserManager, type User } from 'oidc-client-ts';
import { hasAuthParams } from 'react-oidc-context';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUserManager, onSigninCallback, safeReturnTo, takeSignInRequest } from './auth';

describe('auth', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('returns only to paths on this origin', () => {
    expect(safeReturnTo('/assessments/42?tab=results#top')).toBe('/assessments/42?tab=results#top');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example/')).toBe('/');
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });

  it('removes the login parameters and returns to the deep link after sign-in', () => {
    window.history.replaceState(null, '', '/?code=abc&state=xyz&session_state=s&iss=i');

    onSigninCallback({ state: { returnTo: '/assessments/42' } } as unknown as User);

    expect(window.location.pathname).toBe('/assessments/42');
    expect(window.location.search).toBe('');
  });

  it("asks Keycloak for the app's current language on every sign-in (ui_locales)", async () => {
    // The redirect itself is oidc-client-ts's: the test reads what the app hands to it.
    const redirect = vi.spyOn(UserManager.prototype, 'signinRedirect').mockResolvedValue(undefined);
    let language = 'it';
    const manager = createUserManager(
      { authority: 'http://localhost:8180/realms/maturity', clientId: 'maturity-web', apiBase: '/api/v1' },
      window.location,
      () => language,
    );

    await manager.signinRedirect();
    language = 'en';
    await manager.signinRedirect({ login_hint: 'ines@acme.example' });

    expect(redirect.mock.calls).toEqual([
      [{ ui_locales: 'it' }],
      [{ ui_locales: 'en', login_hint: 'ines@acme.example' }],
    ]);
    redirect.mockRestore();
  });

  it('takes ?signin from the address, once', () => {
    window.history.replaceState(null, '', '/?signin&tab=x#top');

    expect(takeSignInRequest()).toBe(true);
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/?tab=x#top');
    expect(takeSignInRequest()).toBe(false);
  });

  it('takes an unsolicited code (no state, after an invitation set the password) as a sign-in request, once', () => {
    window.history.replaceState(null, '', '/?code=abc&session_state=s&iss=http%3A%2F%2Fkc&tab=x#top');
    // react-oidc-context does not take it for its own callback, so nothing tries to redeem it or reports an error
    expect(hasAuthParams(window.location)).toBe(false);

    expect(takeSignInRequest()).toBe(true);
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/?tab=x#top');
    expect(takeSignInRequest()).toBe(false);
  });

  it("leaves the app's own authorization response (code with state) to the sign-in callback", () => {
    window.history.replaceState(null, '', '/?code=abc&state=xyz');

    expect(takeSignInRequest()).toBe(false);
    expect(window.location.search).toBe('?code=abc&state=xyz');
  });

  it('uses code + PKCE with the app root as redirect and keeps everything in sessionStorage', async () => {
    const manager = createUserManager({
      authority: 'http://localhost:8180/realms/maturity',
      clientId: 'maturity-web',
      apiBase: '/api/v1',
    });

    expect(manager.settings.response_type).toBe('code');
    expect(manager.settings.scope).toBe('openid profile email organization');
    expect(manager.settings.redirect_uri).toBe(`${window.location.origin}/`);
    expect(manager.settings.post_logout_redirect_uri).toBe(`${window.location.origin}/`);

    await manager.settings.stateStore.set('probe', 'value');
    await manager.settings.userStore.set('probe-user', 'value');
    expect(Object.keys(window.sessionStorage).some((key) => key.includes('probe'))).toBe(true);
    expect(window.localStorage.length).toBe(0);
  });
});
