import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** One grant of the company to a consultancy (GET /api/v1/engagements as a company's tenant admin). */
export type Engagement = ResponseOf<'/engagements', 'get'>[number];

export type EngagementStatus = Engagement['status'];

export type TenantRef = Engagement['company'];

export function getEngagements(api: ApiClient, signal?: AbortSignal): Promise<Engagement[]> {
  return callApi(api, 'get', '/engagements', { signal });
}

export function getEngagementsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.engagements.granted(),
    queryFn: ({ signal }) => getEngagements(api, signal),
  });
}

export function useEngagements() {
  const api = useApiClient();
  return useQuery(getEngagementsQueryOptions(api));
}

/** Refetches the list after a grant or a revoke. */
export function useEngagementsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.engagements.granted() });
}
