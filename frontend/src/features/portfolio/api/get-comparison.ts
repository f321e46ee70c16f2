import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/portfolio/compare: the clients, one row per dimension (and "overall"), the benchmark median. */
export type Comparison = ResponseOf<'/portfolio/compare', 'get'>;

/** `key` is a dimension key or "overall". */
export type ComparedRow = Comparison['rows'][number];

export type ComparedValue = ComparedRow['values'][number];

export const MAX_COMPARED = 10;

/** GET /api/v1/portfolio/compare?clients=1,2,…: up to 10 clients, deltas to the first and to the population median. */
export function getComparison(api: ApiClient, clientIds: number[], signal?: AbortSignal): Promise<Comparison> {
  return callApi(api, 'get', '/portfolio/compare', { query: { clients: clientIds }, signal });
}

export function getComparisonQueryOptions(api: ApiClient, clientIds: number[]) {
  return queryOptions({
    queryKey: queryKeys.portfolio.compare(clientIds),
    queryFn: ({ signal }) => getComparison(api, clientIds, signal),
  });
}

export function useComparison(clientIds: number[]) {
  const api = useApiClient();
  return useQuery({ ...getComparisonQueryOptions(api, clientIds), enabled: clientIds.length > 0 });
}
