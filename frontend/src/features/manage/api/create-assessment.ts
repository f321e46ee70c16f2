import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { AssessmentDetail } from './get-assessment';

/** The body of POST /api/v1/assessments; a 400 names "title" in its violations. */
export type CreateAssessmentBody = BodyOf<'/assessments', 'post'>;

export function createAssessment(api: ApiClient, body: CreateAssessmentBody): Promise<AssessmentDetail> {
  return callApi(api, 'post', '/assessments', { body });
}

export function useCreateAssessment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssessmentBody) => createAssessment(api, body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.assessments.detail(String(detail.id)), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.assessments.lists() });
    },
  });
}
