import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { History } from '@/lib/benchmarks';
import type { TenantRef } from './get-client-engagements';

export type ClientTrend = { clientId: number; company: TenantRef; history: History };

/** GET /api/v1/portfolio/clients/{id}/trend: the client's shared closed results over time. */
export function getTrend(api: ApiClient, clientId: string, signal?: AbortSignal): Promise<ClientTrend> {
  return api.get<ClientTrend>(`/portfolio/clients/${encodeURIComponent(clientId)}/trend`, { signal });
}

export function getTrendQueryOptions(api: ApiClient, clientId: string) {
  return queryOptions({ queryKey: ['portfolio', 'trend', clientId], queryFn: ({ signal }) => getTrend(api, clientId, signal) });
}

export function useTrend(clientId: string) {
  const api = useApiClient();
  return useQuery(getTrendQueryOptions(api, clientId));
}
