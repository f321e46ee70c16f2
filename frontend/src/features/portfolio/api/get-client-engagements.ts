import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** A company's grant as the consultancy sees it (GET /api/v1/engagements: pending and active only). */
export type ClientEngagement = ResponseOf<'/engagements', 'get'>[number];

export type TenantRef = ClientEngagement['company'];

export function getClientEngagements(api: ApiClient, signal?: AbortSignal): Promise<ClientEngagement[]> {
  return callApi(api, 'get', '/engagements', { signal });
}

export function getClientEngagementsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.engagements.offered(),
    queryFn: ({ signal }) => getClientEngagements(api, signal),
  });
}

export function useClientEngagements() {
  const api = useApiClient();
  return useQuery(getClientEngagementsQueryOptions(api));
}

/** After accepting or declining: the offers and the portfolio change. */
export function usePortfolioChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.engagements.offered() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.portfolio.all }),
    ]);
}
