import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { ClosedResult } from '@/lib/benchmarks';
import type { TenantRef } from './get-client-engagements';

/** A client of the consultancy; `clientId` is the engagement's id. */
export type Client = { clientId: number; company: TenantRef; latest: ClosedResult | null };

export type SortOrder = 'asc' | 'desc';

export type Portfolio = { clients: Client[]; sort: string; order: SortOrder };

/** GET /api/v1/portfolio?sort=name|overall|closedAt|<dimension>&order=asc|desc */
export function getPortfolio(api: ApiClient, sort: string, order: SortOrder, signal?: AbortSignal): Promise<Portfolio> {
  return api.get<Portfolio>(`/portfolio?sort=${encodeURIComponent(sort)}&order=${order}`, { signal });
}

export function getPortfolioQueryOptions(api: ApiClient, sort: string, order: SortOrder) {
  return queryOptions({
    queryKey: ['portfolio', sort, order],
    queryFn: ({ signal }) => getPortfolio(api, sort, order, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolio(sort: string, order: SortOrder) {
  const api = useApiClient();
  return useQuery(getPortfolioQueryOptions(api, sort, order));
}
