import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

export type Consultancy = ResponseOf<'/consultancies', 'get'>[number];

/** GET /api/v1/consultancies: active consultancies a company can give access to. */
export function getConsultancies(api: ApiClient, signal?: AbortSignal): Promise<Consultancy[]> {
  return callApi(api, 'get', '/consultancies', { signal });
}

export function getConsultanciesQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.consultancies(),
    queryFn: ({ signal }) => getConsultancies(api, signal),
    staleTime: 60_000,
  });
}

export function useConsultancies() {
  const api = useApiClient();
  return useQuery(getConsultanciesQueryOptions(api));
}
