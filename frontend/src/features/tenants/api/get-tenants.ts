import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/platform/tenants: a page of tenants (customer organizations). */
export type TenantPage = ResponseOf<'/platform/tenants', 'get'>;

/** A tenant as the platform administration API shows it; country is ISO 3166-1 alpha-2. */
export type TenantView = TenantPage['items'][number];

export type TenantStatus = TenantView['status'];

export type TenantQuery = { search: string; page: number; size: number };

/** GET /api/v1/platform/tenants (platform administrators): a page of tenants, filtered by name or alias. */
export function getTenants(
  api: ApiClient,
  { search, page, size }: TenantQuery,
  signal?: AbortSignal,
): Promise<TenantPage> {
  return callApi(api, 'get', '/platform/tenants', { query: { search, page, size }, signal });
}

export function getTenantsQueryOptions(api: ApiClient, query: TenantQuery) {
  return queryOptions({
    queryKey: queryKeys.tenants.list(query),
    queryFn: ({ signal }) => getTenants(api, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTenants(query: TenantQuery) {
  const api = useApiClient();
  return useQuery(getTenantsQueryOptions(api, query));
}
