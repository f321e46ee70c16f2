import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshUsers } from './refresh-users';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { BusinessFunction, Role } from '@/lib/vocabulary';
import type { UserView } from './get-users';

/**
 * PATCH /api/v1/users/{id}: only the members sent change. 409 last-admin, self-disable, shared-account;
 * 403 forbidden-role.
 */
export type UpdateUserBody = Omit<BodyOf<'/users/{id}', 'patch'>, 'businessFunction' | 'roles'> & {
  businessFunction?: BusinessFunction | null;
  roles?: Role[];
};

export function updateUser(api: ApiClient, id: string, body: UpdateUserBody): Promise<UserView> {
  return callApi(api, 'patch', '/users/{id}', { path: { id }, body });
}

export function useUpdateUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => updateUser(api, id, body),
    onSuccess: () => refreshUsers(queryClient),
  });
}
