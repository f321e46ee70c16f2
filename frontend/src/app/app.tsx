import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { StatusMessage } from '@/components/ui/status-message';
import { LandingPage } from '@/features/auth/components/landing-page';
import { stripAuthParams } from '@/lib/auth';
import { AppRouter, PublicLinkRouter, isPersonalLinkPath } from './router';

/** Signed out: the landing page. Signed in: the routed app shell. */
export function AppRoot() {
  const { t } = useTranslation();
  const auth = useAuth();

  useEffect(() => {
    if (auth.error) stripAuthParams(); // a failed callback must not be replayed on reload
  }, [auth.error]);

  // A personal link works without signing in, whoever is (or is not) signed in in this browser.
  if (isPersonalLinkPath(window.location.pathname)) return <PublicLinkRouter />;
  if (auth.activeNavigator === 'signinRedirect' || auth.activeNavigator === 'signoutRedirect') {
    return (
      <main id="main" className="centered">
        <StatusMessage>{t('app.status.redirecting')}</StatusMessage>
      </main>
    );
  }
  if (auth.isLoading) {
    return (
      <main id="main" className="centered">
        <StatusMessage>{t('app.status.loading')}</StatusMessage>
      </main>
    );
  }
  if (!auth.isAuthenticated) return <LandingPage />;
  // Created only now, so the router starts from the deep link that the sign-in callback restored.
  return <AppRouter />;
}
