import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

/** Ends the session here and at the identity provider, which sends the browser back to the app root. */
export function SignOutButton() {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();

  const signOut = () => {
    queryClient.clear(); // nothing of this user stays in memory
    void auth.signoutRedirect();
  };

  return (
    <Button variant="secondary" onClick={signOut}>
      {t('auth.signOut.button')}
    </Button>
  );
}
