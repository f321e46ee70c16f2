import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from 'react-oidc-context';
import { ApiClientContext, createApiClient } from '@/lib/api-client';
import {
  createUserManager,
  matchSignoutCallback,
  onSigninCallback,
  onSignoutCallback,
} from '@/lib/auth';
import type { AppConfig } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

/** Everything the app needs around it: i18n, OIDC session, TanStack Query, the API client. */
export function AppProvider({ config, i18n, children }: { config: AppConfig; i18n: I18n; children: ReactNode }) {
  const [userManager] = useState(() => createUserManager(config, window.location, () => currentLanguage(i18n)));
  const [queryClient] = useState(createQueryClient);
  const [apiClient] = useState(() =>
    createApiClient({
      baseUrl: config.apiBase,
      getAccessToken: async () => (await userManager.getUser())?.access_token,
      getLanguage: () => currentLanguage(i18n),
    }),
  );

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
          <ApiClientContext value={apiClient}>{children}</ApiClientContext>
        </QueryClientProvider>
      </AuthProvider>
    </I18nextProvider>
  );
}
