import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { ssoQueryKey, type SsoView } from './get-sso';

/**
 * PUT {path}: links or updates. The issuer's discovery document is read by the server
 * (400 violation on "issuer" when it cannot be); clientSecret is write-only: omitted, the stored one stays.
 */
export type SaveSsoBody = { issuer: string; clientId: string; clientSecret?: string; domain: string; displayName?: string };

export function saveSso(api: ApiClient, path: string, body: SaveSsoBody): Promise<SsoView> {
  return api.put<SsoView>(path, body);
}

export function useSaveSso(path: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSsoBody) => saveSso(api, path, body),
    onSuccess: (saved) => queryClient.setQueryData(ssoQueryKey(path), saved),
  });
}
