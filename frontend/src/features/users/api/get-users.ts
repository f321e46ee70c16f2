import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/users: a page of the tenant's users. */
export type UserPage = ResponseOf<'/users', 'get'>;

/**
 * A user of the caller's tenant, as GET/POST/PATCH /api/v1/users answer it. `pendingActions`: Keycloak
 * required actions still to do (UPDATE_PASSWORD, VERIFY_EMAIL); `otherTenants`: the account also belongs to
 * another tenant, so account-wide changes are refused (409 shared-account).
 */
export type UserView = UserPage['items'][number];

export type UserQuery = { search: string; page: number; size: number };

/** GET /api/v1/users (tenant administrators): a page of the tenant's users, filtered by name or email. */
export function getUsers(api: ApiClient, { search, page, size }: UserQuery, signal?: AbortSignal): Promise<UserPage> {
  return callApi(api, 'get', '/users', { query: { search, page, size }, signal });
}

export function getUsersQueryOptions(api: ApiClient, query: UserQuery) {
  return queryOptions({
    queryKey: queryKeys.users.adminList(query),
    queryFn: ({ signal }) => getUsers(api, query, signal),
    // The old page stays on screen while the next one (or the next search) loads.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UserQuery) {
  const api = useApiClient();
  return useQuery(getUsersQueryOptions(api, query));
}
