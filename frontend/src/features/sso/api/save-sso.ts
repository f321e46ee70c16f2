import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf } from '@/lib/api/typed';
import { ssoPath, type SsoResource, type SsoView } from './get-sso';

/**
 * PUT: links or updates. The issuer's discovery document is read by the server (400 violation on
 * "issuer" when it cannot be); clientSecret is write-only: omitted, the stored one stays.
 */
export type SaveSsoBody = BodyOf<'/tenant/sso', 'put'>;

export function saveSso(api: ApiClient, resource: SsoResource, body: SaveSsoBody): Promise<SsoView> {
  return resource.alias === undefined
    ? callApi(api, 'put', '/tenant/sso', { body })
    : callApi(api, 'put', '/platform/tenants/{alias}/sso', { path: { alias: resource.alias }, body });
}

export function useSaveSso(resource: SsoResource) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSsoBody) => saveSso(api, resource, body),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.sso(ssoPath(resource)), saved),
  });
}
