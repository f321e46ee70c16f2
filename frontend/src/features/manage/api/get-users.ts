import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

/** One row of GET /api/v1/users (tenant administrators): the tenant's users. */
export type TenantUser = { id: string; email: string; name: string; businessFunction: string | null; enabled: boolean };

export type UserPage = { items: TenantUser[]; page: number; size: number; total: number };

export function getUsers(
  api: ApiClient,
  { search, page, size }: { search: string; page: number; size: number },
  signal?: AbortSignal,
): Promise<UserPage> {
  return api.get<UserPage>(`/users?search=${encodeURIComponent(search)}&page=${page}&size=${size}`, { signal });
}

export function getUsersQueryOptions(api: ApiClient, search = '', page = 0, size = 50) {
  return queryOptions({
    queryKey: ['users', 'list', { search, page, size }],
    queryFn: ({ signal }) => getUsers(api, { search, page, size }, signal),
  });
}

export function useUsers(search = '', page = 0, size = 50) {
  const api = useApiClient();
  return useQuery(getUsersQueryOptions(api, search, page, size));
}
