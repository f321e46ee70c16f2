import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/users (tenant administrators): a page of the tenant's users, for the respondent picker. */
export type UserPage = ResponseOf<'/users', 'get'>;

export type TenantUser = UserPage['items'][number];

export function getUsers(
  api: ApiClient,
  { search, page, size }: { search: string; page: number; size: number },
  signal?: AbortSignal,
): Promise<UserPage> {
  return callApi(api, 'get', '/users', { query: { search, page, size }, signal });
}

export function getUsersQueryOptions(api: ApiClient, search = '', page = 0, size = 50) {
  return queryOptions({
    queryKey: queryKeys.users.picker({ search, page, size }),
    queryFn: ({ signal }) => getUsers(api, { search, page, size }, signal),
  });
}

export function useUsers(search = '', page = 0, size = 50) {
  const api = useApiClient();
  return useQuery(getUsersQueryOptions(api, search, page, size));
}
