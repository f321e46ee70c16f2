import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type TenantKind = 'COMPANY' | 'CONSULTANCY';

/** GET /api/v1/me: the signed-in user as the backend sees them. */
export type Me = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  businessFunction: string | null;
  /** null for platform administrators */
  tenant: { id: string; name: string; kind: TenantKind } | null;
};

export function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  return api.get<Me>('/me', { signal });
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(api, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  const api = useApiClient();
  return useQuery(getMeQueryOptions(api));
}
