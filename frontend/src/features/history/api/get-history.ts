import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { History } from '@/lib/benchmarks';

/** GET /api/v1/history: the company's closed assessments, oldest first, with the change per dimension. */
export function getHistory(api: ApiClient, signal?: AbortSignal): Promise<History> {
  return api.get<History>('/history', { signal });
}

export function getHistoryQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['history'], queryFn: ({ signal }) => getHistory(api, signal) });
}

export function useHistory() {
  const api = useApiClient();
  return useQuery(getHistoryQueryOptions(api));
}
