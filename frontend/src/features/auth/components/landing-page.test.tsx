import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/testing/test-utils';
import { LandingPage } from './landing-page';

describe('landing page', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('starts the sign-in and keeps the deep link in the OIDC state', async () => {
    window.history.replaceState(null, '', '/assessments/42?tab=results');
    const auth = fakeAuth({ isAuthenticated: false });
    const { user } = renderWithProviders(<LandingPage />, { auth });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/assessments/42?tab=results' } });
  });

  it('signs in at once when Keycloak sends the invited person back (?signin)', () => {
    window.history.replaceState(null, '', '/?signin');
    const auth = fakeAuth({ isAuthenticated: false });
    renderWithProviders(<LandingPage />, { auth });

    expect(auth.signinRedirect).toHaveBeenCalledTimes(1);
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
    expect(window.location.search).toBe('');
  });

  it('signs in at once, to the home page, when Keycloak sends the invited person back with a code after the password step', () => {
    window.history.replaceState(
      null,
      '',
      '/?code=abc&session_state=s&iss=http%3A%2F%2Flocalhost%3A8180%2Frealms%2Fmaturity',
    );
    const auth = fakeAuth({ isAuthenticated: false });
    renderWithProviders(<LandingPage />, { auth });

    expect(auth.signinRedirect).toHaveBeenCalledTimes(1);
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('waits for the button without ?signin', () => {
    const auth = fakeAuth({ isAuthenticated: false });
    renderWithProviders(<LandingPage />, { auth });

    expect(auth.signinRedirect).not.toHaveBeenCalled();
  });

  it('after the session ended (a reload), says so and signs in back to the same page', async () => {
    window.history.replaceState(null, '', '/assessments/7/questionnaire?step=2');
    window.sessionStorage.setItem('maturity.sessionEnded', '1');
    const auth = fakeAuth({ isAuthenticated: false });
    const { user } = renderWithProviders(<LandingPage />, { auth, language: 'it' });

    expect(screen.getByRole('status')).toHaveTextContent('La sessione è scaduta');
    expect(screen.getByRole('status')).toHaveTextContent('Accedi di nuovo per riprendere da dove eri rimasto.');
    await user.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(auth.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/assessments/7/questionnaire?step=2' } });
  });

  it('says nothing of a session on a first visit', () => {
    renderWithProviders(<LandingPage />, { auth: fakeAuth({ isAuthenticated: false }) });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('reports a failed sign-in', () => {
    const error = Object.assign(new Error('invalid_grant'), { source: 'signinCallback' as const });
    renderWithProviders(<LandingPage />, { auth: fakeAuth({ isAuthenticated: false, error }) });

    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in did not complete. Please try again.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('invalid_grant');
  });

  it('is in Italian when Italian is chosen', async () => {
    const { user } = renderWithProviders(<LandingPage />, { auth: fakeAuth({ isAuthenticated: false }) });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'it');

    expect(screen.getByRole('button', { name: 'Accedi' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quanto è social la tua azienda?');
  });
});
