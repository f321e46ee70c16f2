import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { useEngagementsChanged, type Engagement } from './get-engagements';

/** DELETE /api/v1/engagements/{id}: the consultancy sees nothing of the company from its next request on. */
export function revokeAccess(api: ApiClient, id: number): Promise<Engagement> {
  return callApi(api, 'delete', '/engagements/{id}', { path: { id } });
}

export function useRevokeAccess() {
  const api = useApiClient();
  const changed = useEngagementsChanged();
  return useMutation({ mutationFn: (id: number) => revokeAccess(api, id), onSuccess: changed });
}
