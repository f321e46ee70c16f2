import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/portfolio/clients/{id}/trend: the client's shared closed results over time. */
export type ClientTrend = ResponseOf<'/portfolio/clients/{clientId}/trend', 'get'>;

export function getTrend(api: ApiClient, clientId: string, signal?: AbortSignal): Promise<ClientTrend> {
  return callApi(api, 'get', '/portfolio/clients/{clientId}/trend', { path: { clientId }, signal });
}

export function getTrendQueryOptions(api: ApiClient, clientId: string) {
  return queryOptions({
    queryKey: queryKeys.portfolio.trend(clientId),
    queryFn: ({ signal }) => getTrend(api, clientId, signal),
  });
}

export function useTrend(clientId: string) {
  const api = useApiClient();
  return useQuery(getTrendQueryOptions(api, clientId));
}
