import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { ApiClientContext, createApiClient, PublicApiClientContext } from '@/lib/api-client';
import { createUserManager, matchSignoutCallback, onSigninCallback, onSignoutCallback } from '@/lib/auth';
import type { AppConfig } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { localizeProblem } from '@/lib/problem-text';
import { createQueryClient } from '@/lib/query-client';
import { createRenewal, createSessionStore, SessionContext } from '@/lib/session';

/** Everything the app needs around it: i18n, OIDC session, TanStack Query, the API client. */
export function AppProvider({ config, i18n, children }: { config: AppConfig; i18n: I18n; children: ReactNode }) {
  const [userManager] = useState(() => createUserManager(config, window.location, () => currentLanguage(i18n)));
  const [queryClient] = useState(createQueryClient);
  const [session] = useState(() => createSessionStore());
  const [renew] = useState(() => createRenewal(userManager, session));
  const [apiClient] = useState(() =>
    createApiClient({
      baseUrl: config.apiBase,
      getAccessToken: async () => (await userManager.getUser())?.access_token,
      getLanguage: () => currentLanguage(i18n),
      localizeProblem: (problem) => localizeProblem(i18n.t, problem),
      onUnauthorized: renew,
    }),
  );
  // Personal links: the same API without a sign-in token, whoever is signed in in this browser.
  const [publicApiClient] = useState(() =>
    createApiClient({
      baseUrl: config.apiBase,
      getAccessToken: () => undefined,
      getLanguage: () => currentLanguage(i18n),
      localizeProblem: (problem) => localizeProblem(i18n.t, problem),
    }),
  );
  // A token that expired without being renewed (a sleeping laptop, a failed refresh): try once, else it ended.
  useEffect(() => {
    const onExpired = () => void renew();
    userManager.events.addAccessTokenExpired(onExpired);
    return () => userManager.events.removeAccessTokenExpired(onExpired);
  }, [userManager, renew]);

  return (
    <I18nextProvider i18n={i18n}>
      <AuthProvider
        userManager={userManager}
        onSigninCallback={onSigninCallback}
        matchSignoutCallback={matchSignoutCallback}
        onSignoutCallback={onSignoutCallback}
        onRemoveUser={() => queryClient.clear()}
      >
        <QueryClientProvider client={queryClient}>
          <SessionContext value={session}>
            <ApiClientContext value={apiClient}>
              <PublicApiClientContext value={publicApiClient}>{children}</PublicApiClientContext>
            </ApiClientContext>
          </SessionContext>
        </QueryClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
