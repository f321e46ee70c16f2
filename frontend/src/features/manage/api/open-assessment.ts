import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/** POST /api/v1/assessments/{id}/open: 409 "no-respondents" when nobody is invited. */
export function openAssessment(api: ApiClient, assessmentId: string): Promise<AssessmentDetail> {
  return callApi(api, 'post', '/assessments/{id}/open', { path: { id: assessmentId } });
}

export function useOpenAssessment(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: () => openAssessment(api, assessmentId),
    onSuccess: changed,
  });
}
