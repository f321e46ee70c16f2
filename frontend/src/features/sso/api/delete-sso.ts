import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi } from '@/lib/api/typed';
import { ssoPath, type SsoResource } from './get-sso';

/** DELETE → 204: the company's users sign in with a product password again. */
export async function deleteSso(api: ApiClient, resource: SsoResource): Promise<void> {
  if (resource.alias === undefined) await callApi(api, 'delete', '/tenant/sso');
  else await callApi(api, 'delete', '/platform/tenants/{alias}/sso', { path: { alias: resource.alias } });
}

export function useDeleteSso(resource: SsoResource) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSso(api, resource),
    onSuccess: () => queryClient.setQueryData(queryKeys.sso(ssoPath(resource)), null),
  });
}
