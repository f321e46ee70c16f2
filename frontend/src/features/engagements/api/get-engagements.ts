import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type EngagementStatus = 'PENDING' | 'ACTIVE' | 'DECLINED' | 'REVOKED';

export type TenantRef = { alias: string; name: string; industry: string | null; sizeBand: string | null; country: string | null };

/** One grant of the company to a consultancy (GET /api/v1/engagements as a company's tenant admin). */
export type Engagement = {
  id: number;
  company: TenantRef;
  consultancy: TenantRef;
  status: EngagementStatus;
  allAssessments: boolean;
  assessments: { id: number; title: string }[];
  grantedAt: string;
  acceptedAt: string | null;
  endedAt: string | null;
};

export function getEngagements(api: ApiClient, signal?: AbortSignal): Promise<Engagement[]> {
  return api.get<Engagement[]>('/engagements', { signal });
}

export const engagementsQueryKey = ['engagements'] as const;

export function getEngagementsQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: engagementsQueryKey, queryFn: ({ signal }) => getEngagements(api, signal) });
}

export function useEngagements() {
  const api = useApiClient();
  return useQuery(getEngagementsQueryOptions(api));
}

/** Refetches the list after a grant or a revoke. */
export function useEngagementsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: engagementsQueryKey });
}
