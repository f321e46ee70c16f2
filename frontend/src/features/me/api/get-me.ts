import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/me: the signed-in user as the backend sees them; no tenant for platform administrators. */
export type Me = ResponseOf<'/me', 'get'>;

export type TenantKind = NonNullable<Me['tenant']>['kind'];

export function getMe(api: ApiClient, signal?: AbortSignal): Promise<Me> {
  return callApi(api, 'get', '/me', { signal });
}

export function getMeQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => getMe(api, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  const api = useApiClient();
  return useQuery(getMeQueryOptions(api));
}
