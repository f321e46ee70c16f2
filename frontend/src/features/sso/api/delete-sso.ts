import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { ssoQueryKey } from './get-sso';

/** DELETE /api/v1/tenant/sso → 204: the company's users sign in with a product password again. */
export function deleteSso(api: ApiClient): Promise<void> {
  return api.delete<void>('/tenant/sso');
}

export function useDeleteSso() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSso(api),
    onSuccess: () => queryClient.setQueryData(ssoQueryKey, null),
  });
}
