import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type ResponseOf } from '@/lib/api/typed';
import { refreshUsers } from './refresh-users';

export type Erasure = ResponseOf<'/users/{id}/erase', 'post'>;

/**
 * POST /api/v1/users/{id}/erase → 200: the person leaves the tenant (the account goes unless another tenant has
 * it) and their name, email and id are replaced by a pseudonym in the tenant's data; results stay the same.
 * 404 unknown (or already erased), 409 erase-self / last-admin.
 */
export async function eraseUser(api: ApiClient, id: string): Promise<Erasure> {
  return callApi(api, 'post', '/users/{id}/erase', { path: { id } });
}

export function useEraseUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => eraseUser(api, id),
    onSuccess: () => refreshUsers(queryClient),
  });
}
