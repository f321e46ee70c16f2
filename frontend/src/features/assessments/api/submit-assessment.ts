import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { assessmentsQueryKey } from './get-assessments';

/** POST /api/v1/assessments/{id}/submit */
export type SubmitResult = { submittedAt: string; answered: number; total: number; unanswered: string[] };

export function submitAssessment(api: ApiClient, assessmentId: string): Promise<SubmitResult> {
  return api.post<SubmitResult>(`/assessments/${encodeURIComponent(assessmentId)}/submit`);
}

export function useSubmitAssessment(assessmentId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAssessment(api, assessmentId),
    // The list shows progress; the questionnaire is not refetched (it holds the user's edits).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...assessmentsQueryKey, 'list'] }),
  });
}
