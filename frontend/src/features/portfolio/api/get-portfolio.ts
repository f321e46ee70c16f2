import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

export type Portfolio = ResponseOf<'/portfolio', 'get'>;

/** A client of the consultancy; `clientId` is the engagement's id. */
export type Client = Portfolio['clients'][number];

export type SortOrder = 'asc' | 'desc';

/** GET /api/v1/portfolio?sort=name|overall|closedAt|<dimension>&order=asc|desc */
export function getPortfolio(api: ApiClient, sort: string, order: SortOrder, signal?: AbortSignal): Promise<Portfolio> {
  return callApi(api, 'get', '/portfolio', { query: { sort, order }, signal });
}

export function getPortfolioQueryOptions(api: ApiClient, sort: string, order: SortOrder) {
  return queryOptions({
    queryKey: queryKeys.portfolio.list(sort, order),
    queryFn: ({ signal }) => getPortfolio(api, sort, order, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolio(sort: string, order: SortOrder) {
  const api = useApiClient();
  return useQuery(getPortfolioQueryOptions(api, sort, order));
}
