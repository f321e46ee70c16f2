import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi } from '@/lib/api/typed';

/** The company's assessments (newest first, up to 100) a grant can be limited to: GET /api/v1/assessments. */
export function getGrantableAssessments(api: ApiClient, signal?: AbortSignal) {
  return callApi(api, 'get', '/assessments', { query: { page: 0, size: 100 }, signal }).then((page) => page.items);
}

export function getGrantableAssessmentsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.assessments.grantable(),
    queryFn: ({ signal }) => getGrantableAssessments(api, signal),
  });
}

export function useGrantableAssessments() {
  const api = useApiClient();
  return useQuery(getGrantableAssessmentsQueryOptions(api));
}
