import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/** POST /api/v1/assessments/{id}/close: the status becomes CLOSED and the results a snapshot. */
export function closeAssessment(api: ApiClient, assessmentId: string): Promise<AssessmentDetail> {
  return callApi(api, 'post', '/assessments/{id}/close', { path: { id: assessmentId } });
}

export function useCloseAssessment(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: () => closeAssessment(api, assessmentId),
    onSuccess: changed,
  });
}
