import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/platform/audit: a page of the platform's trail, newest first. */
export type PlatformAuditPage = ResponseOf<'/platform/audit', 'get'>;

export type PlatformEvent = PlatformAuditPage['items'][number];

export type PlatformAuditQuery = { tenant: string; page: number; size: number };

export function getPlatformAudit(
  api: ApiClient,
  { tenant, page, size }: PlatformAuditQuery,
  signal?: AbortSignal,
): Promise<PlatformAuditPage> {
  return callApi(api, 'get', '/platform/audit', {
    query: { tenant: tenant || undefined, page, size },
    signal,
  });
}

export function usePlatformAudit(query: PlatformAuditQuery) {
  const api = useApiClient();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.platformAudit.list(query),
      queryFn: ({ signal }) => getPlatformAudit(api, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
