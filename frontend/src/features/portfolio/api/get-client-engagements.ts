import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type TenantRef = { alias: string; name: string; industry: string | null; sizeBand: string | null; country: string | null };

/** A company's grant as the consultancy sees it (GET /api/v1/engagements: pending and active only). */
export type ClientEngagement = {
  id: number;
  company: TenantRef;
  status: 'PENDING' | 'ACTIVE';
  allAssessments: boolean;
  assessments: { id: number; title: string }[];
  grantedAt: string;
  acceptedAt: string | null;
};

export function getClientEngagements(api: ApiClient, signal?: AbortSignal): Promise<ClientEngagement[]> {
  return api.get<ClientEngagement[]>('/engagements', { signal });
}

export function getClientEngagementsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['engagements'], queryFn: ({ signal }) => getClientEngagements(api, signal) });
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
      queryClient.invalidateQueries({ queryKey: ['engagements'] }),
      queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
    ]);
}
