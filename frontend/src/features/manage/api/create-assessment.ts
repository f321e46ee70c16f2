import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { assessmentQueryKey, assessmentsQueryKey, type AssessmentDetail } from './get-assessment';

/** The body of POST /api/v1/assessments; a 400 names "title" in its violations. */
export type CreateAssessmentBody = { title: string };

export function createAssessment(api: ApiClient, body: CreateAssessmentBody): Promise<AssessmentDetail> {
  return api.post<AssessmentDetail>('/assessments', body);
}

export function useCreateAssessment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssessmentBody) => createAssessment(api, body),
    onSuccess: async (detail) => {
      queryClient.setQueryData(assessmentQueryKey(String(detail.id)), detail);
      await queryClient.invalidateQueries({ queryKey: [...assessmentsQueryKey, 'list'] });
    },
  });
}
