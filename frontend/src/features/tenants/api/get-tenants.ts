import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { TenantKind } from '@/lib/vocabulary';

export type TenantStatus = 'ACTIVE' | 'DISABLED';

/** A tenant (customer organization) as the platform administration API shows it. */
export type TenantView = {
  alias: string;
  name: string;
  kind: TenantKind;
  industry: string | null;
  sizeBand: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  status: TenantStatus;
  domains: string[];
  createdAt: string | null;
};

export type TenantPage = { items: TenantView[]; page: number; size: number; total: number };

export type TenantQuery = { search: string; page: number; size: number };

/** GET /api/v1/platform/tenants (platform administrators): a page of tenants, filtered by name or alias. */
export function getTenants(api: ApiClient, { search, page, size }: TenantQuery, signal?: AbortSignal): Promise<TenantPage> {
  const params = new URLSearchParams({ search, page: String(page), size: String(size) });
  return api.get<TenantPage>(`/platform/tenants?${params}`, { signal });
}

export const tenantsQueryKey = ['platform', 'tenants'] as const;

export function getTenantsQueryOptions(api: ApiClient, query: TenantQuery) {
  return queryOptions({
    queryKey: [...tenantsQueryKey, 'list', query],
    queryFn: ({ signal }) => getTenants(api, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTenants(query: TenantQuery) {
  const api = useApiClient();
  return useQuery(getTenantsQueryOptions(api, query));
}
