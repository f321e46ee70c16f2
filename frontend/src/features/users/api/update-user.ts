import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { BusinessFunction, Role } from '@/lib/vocabulary';
import { usersQueryKey, type UserView } from './get-users';

/**
 * PATCH /api/v1/users/{id}: only the members sent change. 409 last-admin, self-disable, shared-account;
 * 403 forbidden-role.
 */
export type UpdateUserBody = {
  firstName?: string;
  lastName?: string;
  businessFunction?: BusinessFunction | null;
  roles?: Role[];
  enabled?: boolean;
};

export function updateUser(api: ApiClient, id: string, body: UpdateUserBody): Promise<UserView> {
  return api.patch<UserView>(`/users/${encodeURIComponent(id)}`, body);
}

export function useUpdateUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => updateUser(api, id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
