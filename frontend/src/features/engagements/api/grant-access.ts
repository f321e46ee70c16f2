import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { useEngagementsChanged, type Engagement } from './get-engagements';

export type GrantAccess = { consultancy: string; assessmentIds: number[] | null };

/** POST /api/v1/engagements: pending until the consultancy accepts; null assessmentIds means all closed results. */
export function grantAccess(api: ApiClient, body: GrantAccess): Promise<Engagement> {
  return api.post<Engagement>('/engagements', body);
}

export function useGrantAccess() {
  const api = useApiClient();
  const changed = useEngagementsChanged();
  return useMutation({ mutationFn: (body: GrantAccess) => grantAccess(api, body), onSuccess: changed });
}
