import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';

/** POST /api/v1/users/{id}/invitation → 202: the set-password email goes out again. */
export async function resendInvitation(api: ApiClient, id: string): Promise<void> {
  await callApi(api, 'post', '/users/{id}/invitation', { path: { id } });
}

export function useResendInvitation() {
  const api = useApiClient();
  return useMutation({ mutationFn: (id: string) => resendInvitation(api, id) });
}
