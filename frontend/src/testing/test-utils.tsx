import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthContext, type AuthContextProps } from 'react-oidc-context';
import { vi } from 'vitest';
import { ApiClientContext, createApiClient, PublicApiClientContext } from '@/lib/api-client';
import { createI18n, currentLanguage, type Language } from '@/lib/i18n';
import { localizeProblem } from '@/lib/problem-text';

export const TEST_ACCESS_TOKEN = 'test-access-token';

/** A stand-in for react-oidc-context's state; sign-in and sign-out are spies. */
export function fakeAuth(overrides: Partial<AuthContextProps> = {}): AuthContextProps {
  return {
    isLoading: false,
    isAuthenticated: true,
    user: null,
    settings: { authority: 'http://idp.test/realms/test', client_id: 'test', redirect_uri: 'http://localhost/' },
    events: {} as AuthContextProps['events'],
    clearStaleState: vi.fn(),
    removeUser: vi.fn(),
    signinPopup: vi.fn(),
    signinSilent: vi.fn(),
    signinRedirect: vi.fn().mockResolvedValue(undefined),
    signinResourceOwnerCredentials: vi.fn(),
    signoutRedirect: vi.fn().mockResolvedValue(undefined),
    signoutPopup: vi.fn(),
    signoutSilent: vi.fn(),
    querySessionStatus: vi.fn(),
    revokeTokens: vi.fn(),
    startSilentRenew: vi.fn(),
    stopSilentRenew: vi.fn(),
    ...overrides,
  } as AuthContextProps;
}

type Options = Omit<RenderOptions, 'wrapper'> & {
  language?: Language;
  auth?: AuthContextProps;
};

/**
 * Renders with the app's providers: real i18n, a fresh QueryClient without retries, the real API
 * client (its fetch is whatever the test stubbed) and a fake OIDC session.
 */
export function renderWithProviders(
  ui: ReactElement,
  { language = 'en', auth = fakeAuth(), ...options }: Options = {},
) {
  const i18n = createI18n(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const apiClient = createApiClient({
    baseUrl: '/api/v1',
    getAccessToken: () => TEST_ACCESS_TOKEN,
    getLanguage: () => currentLanguage(i18n),
    localizeProblem: (problem) => localizeProblem(i18n.t, problem),
  });
  const publicApiClient = createApiClient({
    baseUrl: '/api/v1',
    getAccessToken: () => undefined,
    getLanguage: () => currentLanguage(i18n),
    localizeProblem: (problem) => localizeProblem(i18n.t, problem),
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <AuthContext value={auth}>
        <QueryClientProvider client={queryClient}>
          <ApiClientContext value={apiClient}>
            <PublicApiClientContext value={publicApiClient}>{children}</PublicApiClientContext>
          </ApiClientContext>
        </QueryClientProvider>
      </AuthContext>
    </I18nextProvider>
  );
  return { user: userEvent.setup(), i18n, auth, queryClient, ...render(ui, { wrapper, ...options }) };
}
