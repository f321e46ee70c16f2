import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { BusinessFunction } from '@/lib/vocabulary';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

export type { BusinessFunction };

/** POST /api/v1/assessments/{id}/respondents: a 400 names userId or businessFunction; 409 once closed. */
export type InviteRespondentBody = BodyOf<'/assessments/{id}/respondents', 'post'>;

export function inviteRespondent(
  api: ApiClient,
  assessmentId: string,
  body: InviteRespondentBody,
): Promise<AssessmentDetail> {
  return callApi(api, 'post', '/assessments/{id}/respondents', { path: { id: assessmentId }, body });
}

export function useInviteRespondent(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (body: InviteRespondentBody) => inviteRespondent(api, assessmentId, body),
    onSuccess: changed,
  });
}
