import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/assessments: a page of assessments, newest first. */
export type AssessmentPage = ResponseOf<'/assessments', 'get'>;

/**
 * One row of the list; `progress` only for tenant administrators, `respondent` when the caller is invited,
 * `mine` the signed-in respondent's own progress (null when they do not answer it).
 */
export type AssessmentSummary = AssessmentPage['items'][number];

export type AssessmentStatus = AssessmentSummary['status'];

export function getAssessments(
  api: ApiClient,
  { page, size }: { page: number; size: number },
  signal?: AbortSignal,
): Promise<AssessmentPage> {
  return callApi(api, 'get', '/assessments', { query: { page, size }, signal });
}

export function getAssessmentsQueryOptions(api: ApiClient, page = 0, size = 20) {
  return queryOptions({
    queryKey: queryKeys.assessments.list({ page, size }),
    queryFn: ({ signal }) => getAssessments(api, { page, size }, signal),
  });
}

export function useAssessments(page = 0, size = 20) {
  const api = useApiClient();
  return useQuery(getAssessmentsQueryOptions(api, page, size));
}
