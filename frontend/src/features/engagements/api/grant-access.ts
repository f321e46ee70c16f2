import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import { useEngagementsChanged, type Engagement } from './get-engagements';

/** The consultancy's alias and the assessments the grant is limited to (null: all closed results). */
export type GrantAccess = BodyOf<'/engagements', 'post'>;

/** POST /api/v1/engagements: pending until the consultancy accepts; null assessmentIds means all closed results. */
export function grantAccess(api: ApiClient, body: GrantAccess): Promise<Engagement> {
  return callApi(api, 'post', '/engagements', { body });
}

export function useGrantAccess() {
  const api = useApiClient();
  const changed = useEngagementsChanged();
  return useMutation({ mutationFn: (body: GrantAccess) => grantAccess(api, body), onSuccess: changed });
}
