import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type AssessmentStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

export type Respondent = {
  userId: string;
  name: string;
  email: string;
  businessFunction: string | null;
  invitedAt: string;
  submittedAt: string | null;
  answered: number;
  questions: number;
};

/** GET /api/v1/assessments/{id} (tenant administrators): the assessment with its targets and respondents. */
export type AssessmentDetail = {
  /** a number in the API's JSON; route parameters and query keys use its string form */
  id: number | string;
  title: string;
  status: AssessmentStatus;
  framework: { key: string; version: string | number };
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /** dimension key → target level 1–5 */
  targets: Record<string, number>;
  respondents: Respondent[];
  progress: { respondents: number; submitted: number; answers: number; expectedAnswers: number };
};

export function getAssessment(api: ApiClient, assessmentId: string, signal?: AbortSignal): Promise<AssessmentDetail> {
  return api.get<AssessmentDetail>(`/assessments/${encodeURIComponent(assessmentId)}`, { signal });
}

export const assessmentsQueryKey = ['assessments'] as const;

export const assessmentQueryKey = (assessmentId: string) => [...assessmentsQueryKey, assessmentId, 'detail'] as const;

export function getAssessmentQueryOptions(api: ApiClient, assessmentId: string) {
  return queryOptions({
    queryKey: assessmentQueryKey(assessmentId),
    queryFn: ({ signal }) => getAssessment(api, assessmentId, signal),
  });
}

export function useAssessment(assessmentId: string) {
  const api = useApiClient();
  return useQuery(getAssessmentQueryOptions(api, assessmentId));
}

/**
 * After a change that answers with the new AssessmentDetail: caches it, and invalidates the list (status,
 * progress) and the assessment's results (targets, respondents, snapshot on close).
 */
export function useAssessmentChanged() {
  const queryClient = useQueryClient();
  return async (detail: AssessmentDetail) => {
    const id = String(detail.id);
    queryClient.setQueryData(assessmentQueryKey(id), detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: [...assessmentsQueryKey, 'list'] }),
      queryClient.invalidateQueries({ queryKey: [...assessmentsQueryKey, id, 'results'] }),
    ]);
  };
}
