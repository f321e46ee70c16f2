import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/assessments/{id}/external-respondents: respondents without an account, link and mail state. */
export type ExternalRespondent = ResponseOf<'/assessments/{id}/external-respondents', 'get'>[number];

/** POST …/external-respondents: 400 names email, name, businessFunction, language or expiresOn; 409 names email. */
export type AddExternalRespondentBody = BodyOf<'/assessments/{id}/external-respondents', 'post'>;

export type LinkState = ExternalRespondent['link'];

export function getExternalRespondents(api: ApiClient, assessmentId: string, signal?: AbortSignal) {
  return callApi(api, 'get', '/assessments/{id}/external-respondents', { path: { id: assessmentId }, signal });
}

export function useExternalRespondents(assessmentId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.assessments.externalRespondents(assessmentId),
    queryFn: ({ signal }) => getExternalRespondents(api, assessmentId, signal),
  });
}

/** After a change: the list here, and the assessment (its respondents and progress count them too). */
function useChanged(assessmentId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...queryKeys.assessments.all, assessmentId] });
}

export function useAddExternalRespondent(assessmentId: string) {
  const api = useApiClient();
  const changed = useChanged(assessmentId);
  return useMutation({
    mutationFn: (body: AddExternalRespondentBody) =>
      callApi(api, 'post', '/assessments/{id}/external-respondents', { path: { id: assessmentId }, body }),
    onSuccess: changed,
  });
}

export function useRevokeLink(assessmentId: string) {
  const api = useApiClient();
  const changed = useChanged(assessmentId);
  return useMutation({
    mutationFn: (respondentId: number) =>
      callApi(api, 'post', '/assessments/{id}/external-respondents/{respondentId}/revoke', {
        path: { id: assessmentId, respondentId },
      }),
    onSuccess: changed,
  });
}

export function useResendLink(assessmentId: string) {
  const api = useApiClient();
  const changed = useChanged(assessmentId);
  return useMutation({
    mutationFn: (respondentId: number) =>
      callApi(api, 'post', '/assessments/{id}/external-respondents/{respondentId}/resend', {
        path: { id: assessmentId, respondentId },
        body: {},
      }),
    onSuccess: changed,
  });
}
