import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { useAssessmentChanged, type AssessmentDetail } from './get-assessment';

export type BusinessFunction = 'marketing' | 'it' | 'sales' | 'service' | 'rnd' | 'hr' | 'executive' | 'other';

/** POST /api/v1/assessments/{id}/respondents: a 400 names userId or businessFunction; 409 once closed. */
export type InviteRespondentBody = { userId: string; businessFunction?: BusinessFunction };

export function inviteRespondent(api: ApiClient, assessmentId: string, body: InviteRespondentBody): Promise<AssessmentDetail> {
  return api.post<AssessmentDetail>(`/assessments/${encodeURIComponent(assessmentId)}/respondents`, body);
}

export function useInviteRespondent(assessmentId: string) {
  const api = useApiClient();
  const changed = useAssessmentChanged();
  return useMutation({
    mutationFn: (body: InviteRespondentBody) => inviteRespondent(api, assessmentId, body),
    onSuccess: changed,
  });
}
