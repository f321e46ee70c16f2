import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** The company's closed assessments, oldest first, with the change per dimension. */
export type History = ResponseOf<'/history', 'get'>;

/** GET /api/v1/history */
export function getHistory(api: ApiClient, signal?: AbortSignal): Promise<History> {
  return callApi(api, 'get', '/history', { signal });
}

export function getHistoryQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: queryKeys.history(), queryFn: ({ signal }) => getHistory(api, signal) });
}

export function useHistory() {
  const api = useApiClient();
  return useQuery(getHistoryQueryOptions(api));
}
