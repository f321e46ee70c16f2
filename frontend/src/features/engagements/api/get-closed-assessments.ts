import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

type Page = { items: { id: string | number; title: string; status: string; closedAt: string | null }[] };

/** The company's assessments (newest first, up to 100) a grant can be limited to: GET /api/v1/assessments. */
export function getGrantableAssessments(api: ApiClient, signal?: AbortSignal) {
  return api.get<Page>('/assessments?page=0&size=100', { signal }).then((page) => page.items);
}

export function getGrantableAssessmentsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['assessments', 'grantable'],
    queryFn: ({ signal }) => getGrantableAssessments(api, signal),
  });
}

export function useGrantableAssessments() {
  const api = useApiClient();
  return useQuery(getGrantableAssessmentsQueryOptions(api));
}
