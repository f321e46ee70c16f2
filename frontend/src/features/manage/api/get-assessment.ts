import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/**
 * GET /api/v1/assessments/{id} (tenant administrators): the assessment with its targets (dimension key →
 * level 1–5) and respondents. Its id is a number; route parameters and query keys use its string form.
 */
export type AssessmentDetail = ResponseOf<'/assessments/{id}', 'get'>;

export type AssessmentStatus = AssessmentDetail['status'];

export type Respondent = NonNullable<AssessmentDetail['respondents']>[number];

export function getAssessment(api: ApiClient, assessmentId: string, signal?: AbortSignal): Promise<AssessmentDetail> {
  return callApi(api, 'get', '/assessments/{id}', { path: { id: assessmentId }, signal });
}

export function getAssessmentQueryOptions(api: ApiClient, assessmentId: string) {
  return queryOptions({
    queryKey: queryKeys.assessments.detail(assessmentId),
    queryFn: ({ signal }) => getAssessment(api, assessmentId, signal),
  });
}

/** While a respondent's email is still queued, the detail is read again every few seconds to show when it went. */
export const MAIL_REFRESH_MS = 3000;

export function useAssessment(assessmentId: string) {
  const api = useApiClient();
  return useQuery({
    ...getAssessmentQueryOptions(api, assessmentId),
    refetchInterval: (query) =>
      (query.state.data?.respondents ?? []).some((respondent) => respondent.mail?.status === 'QUEUED')
        ? MAIL_REFRESH_MS
        : false,
  });
}

/**
 * After a change that answers with the new AssessmentDetail: caches it, and invalidates the list (status,
 * progress) and the assessment's results (targets, respondents, snapshot on close).
 */
export function useAssessmentChanged() {
  const queryClient = useQueryClient();
  return async (detail: AssessmentDetail) => {
    const id = String(detail.id);
    queryClient.setQueryData(queryKeys.assessments.detail(id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.assessments.lists() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.assessments.results(id) }),
    ]);
  };
}
