import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/** PUT /api/v1/assessments/{id}/targets: a 400 names "targets.<dimension>"; 409 once the assessment is closed. */
export type SaveTargetsBody = BodyOf<'/assessments/{id}/targets', 'put'>;

export function saveTargets(api: ApiClient, assessmentId: string, body: SaveTargetsBody): Promise<AssessmentDetail> {
  return callApi(api, 'put', '/assessments/{id}/targets', { path: { id: assessmentId }, body });
}

export function useSaveTargets(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (body: SaveTargetsBody) => saveTargets(api, assessmentId, body),
    onSuccess: changed,
  });
}
