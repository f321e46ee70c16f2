import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type Consultancy = { alias: string; name: string; country: string | null };

/** GET /api/v1/consultancies: active consultancies a company can give access to. */
export function getConsultancies(api: ApiClient, signal?: AbortSignal): Promise<Consultancy[]> {
  return api.get<Consultancy[]>('/consultancies', { signal });
}

export function getConsultanciesQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['consultancies'], queryFn: ({ signal }) => getConsultancies(api, signal), staleTime: 60_000 });
}

export function useConsultancies() {
  const api = useApiClient();
  return useQuery(getConsultanciesQueryOptions(api));
}
