import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

/** POST /api/v1/users/{id}/invitation → 202: the set-password email goes out again. */
export function resendInvitation(api: ApiClient, id: string): Promise<void> {
  return api.post<void>(`/users/${encodeURIComponent(id)}/invitation`);
}

export function useResendInvitation() {
  const api = useApiClient();
  return useMutation({ mutationFn: (id: string) => resendInvitation(api, id) });
}
