import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Button } from '@/components/ui/button';
import { currentLocation, type SignInState } from '@/lib/auth';
import { useSessionEnded } from '@/lib/session';

/**
 * Shown above the page once the sign-in session has ended (the token could not be renewed): what happened,
 * that unsaved answers are kept, and a button that signs in again and comes back to this very page.
 */
export function SessionEndedBanner() {
  const { t } = useTranslation();
  const auth = useAuth();
  const ended = useSessionEnded();
  if (!ended) return null;

  const signInAgain = () => {
    const state: SignInState = { returnTo: currentLocation() };
    void auth.signinRedirect({ state });
  };

  return (
    <div role="alert" className="alert session-ended" aria-labelledby="session-ended-title">
      <p id="session-ended-title" className="alert__title">
        {t('auth.session.endedTitle')}
      </p>
      <div className="alert__body">
        <p>{t('auth.session.endedDetail')}</p>
        <Button onClick={signInAgain}>{t('auth.session.signInAgain')}</Button>
      </div>
    </div>
  );
}
