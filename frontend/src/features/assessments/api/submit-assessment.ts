import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** POST /api/v1/assessments/{id}/submit */
export type SubmitResult = ResponseOf<'/assessments/{id}/submit', 'post'>;

export function submitAssessment(api: ApiClient, assessmentId: string): Promise<SubmitResult> {
  return callApi(api, 'post', '/assessments/{id}/submit', { path: { id: assessmentId } });
}

export function useSubmitAssessment(assessmentId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitAssessment(api, assessmentId),
    // The list shows progress; the questionnaire is not refetched (it holds the user's edits).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.assessments.lists() }),
  });
}
