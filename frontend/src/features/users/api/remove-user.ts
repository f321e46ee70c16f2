import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { refreshUsers } from './refresh-users';

/**
 * DELETE /api/v1/users/{id} → 204: the user leaves the tenant (the account goes only when it belongs to
 * no other tenant). 409 last-admin / self-remove.
 */
export async function removeUser(api: ApiClient, id: string): Promise<void> {
  await callApi(api, 'delete', '/users/{id}', { path: { id } });
}

export function useRemoveUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeUser(api, id),
    onSuccess: () => refreshUsers(queryClient),
  });
}
