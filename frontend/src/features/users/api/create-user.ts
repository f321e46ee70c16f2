import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshUsers } from './refresh-users';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf, type Requiring } from '@/lib/api/typed';
import type { BusinessFunction, Role } from '@/lib/vocabulary';
import type { UserView } from './get-users';

type NewUser = BodyOf<'/users', 'post'>;

export type Onboarding = NonNullable<NewUser['onboarding']>;

/**
 * POST /api/v1/users. INVITE: Keycloak emails a set-password link (503 mail-unavailable when it cannot);
 * PASSWORD: initialPassword (≥ 12 characters), temporary unless temporaryPassword is false.
 * 409 email-taken when the email already has an account.
 */
export type CreateUserBody = Requiring<
  NewUser,
  'email' | 'firstName' | 'lastName' | 'businessFunction' | 'roles' | 'onboarding'
> & {
  businessFunction: BusinessFunction;
  roles: Role[];
};

export function createUser(api: ApiClient, body: CreateUserBody): Promise<UserView> {
  return callApi(api, 'post', '/users', { body });
}

export function useCreateUser() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => createUser(api, body),
    onSuccess: () => refreshUsers(queryClient),
  });
}
