import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { BusinessFunction, Role } from '@/lib/vocabulary';
import { usersQueryKey, type UserView } from './get-users';

export type Onboarding = 'INVITE' | 'PASSWORD';

/**
 * POST /api/v1/users. INVITE: Keycloak emails a set-password link (503 mail-unavailable when it cannot);
 * PASSWORD: initialPassword (≥ 12 characters), temporary unless temporaryPassword is false.
 * 409 email-taken when the email already has an account.
 */
export type CreateUserBody = {
  email: string;
  firstName: string;
  lastName: string;
  businessFunction: BusinessFunction;
  roles: Role[];
  onboarding: Onboarding;
  initialPassword?: string;
  temporaryPassword?: boolean;
};

export function createUser(api: ApiClient, body: CreateUserBody): Promise<UserView> {
  return api.post<UserView>('/users', body);
}

export function useCreateUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => createUser(api, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
