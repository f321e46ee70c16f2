import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf, type ResponseOf } from '@/lib/api/typed';

/*
 * The tenant's retention of closed assessments: GET answers the years (null: keep forever), the bounds and how many
 * closed assessments are past it now; PUT sets the years or null (400 with a violation on "years" outside the
 * bounds). Tenant administrators only; the tenant is the token's.
 */

export type RetentionView = ResponseOf<'/tenant/retention', 'get'>;
export type RetentionBody = BodyOf<'/tenant/retention', 'put'>;

export function retentionQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.retention(),
    queryFn: ({ signal }) => callApi(api, 'get', '/tenant/retention', { signal }),
  });
}

export function useRetention() {
  const api = useApiClient();
  return useQuery(retentionQueryOptions(api));
}

export function useSaveRetention() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionBody) => callApi(api, 'put', '/tenant/retention', { body }),
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.retention(), saved),
  });
}
