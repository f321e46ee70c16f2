import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** What "remind now" did: how many reminders were queued and who was skipped (and why). */
export type ReminderOutcome = ResponseOf<'/assessments/{id}/reminders', 'post'>;

/** POST /api/v1/assessments/{id}/reminders: one respondent (userId) or all who have not submitted. */
export function remind(api: ApiClient, assessmentId: string, userId?: string): Promise<ReminderOutcome> {
  return callApi(api, 'post', '/assessments/{id}/reminders', {
    path: { id: assessmentId },
    body: userId ? { userId } : {},
  });
}

export function useRemind(assessmentId: string) {
  const api = useApiClient();
  return useMutation({ mutationFn: (userId?: string) => remind(api, assessmentId, userId) });
}
