import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { SiteHeader } from '@/components/layout/site-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { currentLocation, takeSignInRequest, type SignInState } from '@/lib/auth';
import { hasPendingAnswers, sessionEndedBefore } from '@/lib/session';

/** What signed-out visitors see, at any address: sign-in brings them back to that address. */
export function LandingPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  // Back after the session ended (a reload, a sleeping laptop): say so, and sign-in returns to this page.
  const sessionEnded = !!auth.user?.expired || sessionEndedBefore() || hasPendingAnswers();

  const signIn = () => {
    const state: SignInState = { returnTo: currentLocation() };
    void auth.signinRedirect({ state });
  };

  // Arriving from Keycloak at the end of an invitation (?signin, or a code the app did not ask for after the password
  // step): sign in at once; after the password step Keycloak's session answers without a page.
  const { signinRedirect } = auth;
  useEffect(() => {
    if (!takeSignInRequest()) return;
    const state: SignInState = { returnTo: currentLocation() };
    void signinRedirect({ state });
  }, [signinRedirect]);

  return (
    <>
      <title>{`${t('auth.landing.title')} · ${t('app.brand.name')}`}</title>
      <SiteHeader>
        <LanguageSwitch />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="landing">
        <h1>{t('auth.landing.heading')}</h1>
        <p className="landing__intro">{t('auth.landing.intro')}</p>
        {auth.error ? <Alert title={t('auth.error.signInFailed')} /> : null}
        {sessionEnded && !auth.error ? (
          <div role="status" className="notice">
            <p className="notice__title">{t('auth.session.endedTitle')}</p>
            <p>{t('auth.session.endedLanding')}</p>
          </div>
        ) : null}
        <Button onClick={signIn}>{t('auth.landing.signIn')}</Button>
      </main>
    </>
  );
}
