import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type AssessmentStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

/** One row of GET /api/v1/assessments. */
export type AssessmentSummary = {
  id: string;
  title: string;
  status: AssessmentStatus;
  framework: { key: string; version: string | number };
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /** Only for tenant administrators. */
  progress: { respondents: number; submitted: number; answers: number; expectedAnswers: number } | null;
  /** Whether the signed-in user is invited to answer it. */
  respondent: boolean;
  /** The signed-in respondent's own progress (null when they do not answer it). */
  mine?: { answered: number; questions: number; submittedAt: string | null } | null;
};

export type AssessmentPage = { items: AssessmentSummary[]; page: number; size: number; total: number };

export function getAssessments(
  api: ApiClient,
  { page, size }: { page: number; size: number },
  signal?: AbortSignal,
): Promise<AssessmentPage> {
  return api.get<AssessmentPage>(`/assessments?page=${page}&size=${size}`, { signal });
}

export const assessmentsQueryKey = ['assessments'] as const;

export function getAssessmentsQueryOptions(api: ApiClient, page = 0, size = 20) {
  return queryOptions({
    queryKey: [...assessmentsQueryKey, 'list', { page, size }],
    queryFn: ({ signal }) => getAssessments(api, { page, size }, signal),
  });
}

export function useAssessments(page = 0, size = 20) {
  const api = useApiClient();
  return useQuery(getAssessmentsQueryOptions(api, page, size));
}
