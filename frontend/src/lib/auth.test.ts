import { afterEach, describe, expect, it } from 'vitest';
import { createUserManager, onSigninCallback, safeReturnTo } from './auth';
import type { User } from 'oidc-client-ts';

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
