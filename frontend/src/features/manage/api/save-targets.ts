import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

/** PUT /api/v1/assessments/{id}/targets: a 400 names "targets.<dimension>"; 409 once the assessment is closed. */
export type SaveTargetsBody = { targets: Record<string, number> };

export function saveTargets(api: ApiClient, assessmentId: string, body: SaveTargetsBody): Promise<AssessmentDetail> {
  return api.put<AssessmentDetail>(`/assessments/${encodeURIComponent(assessmentId)}/targets`, body);
}

export function useSaveTargets(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (body: SaveTargetsBody) => saveTargets(api, assessmentId, body),
    onSuccess: changed,
  });
}
