import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/**
 * PUT /api/v1/assessments/{id}/recurrence: repeat every 1–24 months (null: no longer) and whether the next cycle
 * keeps this framework version; a 400 names "repeatEveryMonths", 409 once the assessment is closed.
 */
export type SetRecurrenceBody = BodyOf<'/assessments/{id}/recurrence', 'put'>;

export function setRecurrence(
  api: ApiClient,
  assessmentId: string,
  body: SetRecurrenceBody,
): Promise<AssessmentDetail> {
  return callApi(api, 'put', '/assessments/{id}/recurrence', { path: { id: assessmentId }, body });
}

export function useSetRecurrence(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (body: SetRecurrenceBody) => setRecurrence(api, assessmentId, body),
    onSuccess: changed,
  });
}
