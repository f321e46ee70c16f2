import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { ssoQueryKey, type SsoView } from './get-sso';

/**
 * PUT /api/v1/tenant/sso: links or updates. The issuer's discovery document is read by the server
 * (400 violation on "issuer" when it cannot be); clientSecret is write-only: omitted, the stored one stays.
 */
export type SaveSsoBody = { issuer: string; clientId: string; clientSecret?: string; domain: string; displayName?: string };

export function saveSso(api: ApiClient, body: SaveSsoBody): Promise<SsoView> {
  return api.put<SsoView>('/tenant/sso', body);
}

export function useSaveSso() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSsoBody) => saveSso(api, body),
    onSuccess: (saved) => queryClient.setQueryData(ssoQueryKey, saved),
  });
}
