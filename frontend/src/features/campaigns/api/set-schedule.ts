import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { CampaignAssessment } from './types';

/**
 * PUT /api/v1/assessments/{id}/schedule: replaces the due date, auto-close and reminder schedule (draft or open).
 * A 400 names the field (dueDate, autoClose, reminderDaysBefore, reminderEveryDays); 409 once closed.
 */
export type SetScheduleBody = BodyOf<'/assessments/{id}/schedule', 'put'>;

export function setSchedule(api: ApiClient, assessmentId: string, body: SetScheduleBody): Promise<CampaignAssessment> {
  return callApi(api, 'put', '/assessments/{id}/schedule', { path: { id: assessmentId }, body });
}

export function useSetSchedule(assessmentId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetScheduleBody) => setSchedule(api, assessmentId, body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.assessments.detail(assessmentId), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments.lists() });
    },
  });
}
