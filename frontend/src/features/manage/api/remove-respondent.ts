import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/** DELETE /api/v1/assessments/{id}/respondents/{userId}: 409 "respondent-has-answers" once they saved answers. */
export function removeRespondent(api: ApiClient, assessmentId: string, userId: string): Promise<AssessmentDetail> {
  return callApi(api, 'delete', '/assessments/{id}/respondents/{userId}', { path: { id: assessmentId, userId } });
}

export function useRemoveRespondent(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (userId: string) => removeRespondent(api, assessmentId, userId),
    onSuccess: changed,
  });
}
