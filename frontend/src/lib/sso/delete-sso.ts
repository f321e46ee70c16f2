import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { ssoQueryKey } from './get-sso';

/** DELETE {path} → 204: the company's users sign in with a product password again. */
export function deleteSso(api: ApiClient, path: string): Promise<void> {
  return api.delete<void>(path);
}

export function useDeleteSso(path: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSso(api, path),
    onSuccess: () => queryClient.setQueryData(ssoQueryKey(path), null),
  });
}
