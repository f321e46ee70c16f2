import { queryOptions, useQuery } from '@tanstack/react-query';
import { isProblemError, useApiClient, type ApiClient } from '@/lib/api-client';

/** The company's own identity provider linked to the caller's tenant ("sign in with your company account"). */
export type SsoView = {
  alias: string;
  displayName: string;
  issuer: string;
  clientId: string;
  domain: string;
  enabled: boolean;
  /** The URL the company registers at its identity provider as the client's redirect URI. */
  redirectUri: string;
};

/** GET /api/v1/tenant/sso: the link, or null when none is configured (404 sso-not-configured). */
export async function getSso(api: ApiClient, signal?: AbortSignal): Promise<SsoView | null> {
  try {
    return await api.get<SsoView>('/tenant/sso', { signal });
  } catch (error) {
    if (isProblemError(error) && error.status === 404) return null;
    throw error;
  }
}

export const ssoQueryKey = ['tenant', 'sso'] as const;

export function getSsoQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ssoQueryKey, queryFn: ({ signal }) => getSso(api, signal) });
}

export function useSso() {
  const api = useApiClient();
  return useQuery(getSsoQueryOptions(api));
}
