import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, downloadApi, type ResponseOf } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/** GET /api/v1/audit: a page of the tenant's audit trail, newest first. */
export type AuditPage = ResponseOf<'/audit', 'get'>;

export type AuditEvent = AuditPage['items'][number];

/** The screen's filters: empty strings match everything; `from` and `to` are ISO instants. */
export type AuditFilter = { person: string; action: string; entityType: string; from: string; to: string };

export type AuditQuery = AuditFilter & { page: number; size: number };

const orUndefined = (value: string) => value || undefined;

function filterQuery({ person, action, entityType, from, to }: AuditFilter) {
  return {
    person: orUndefined(person),
    action: orUndefined(action),
    entityType: orUndefined(entityType),
    from: orUndefined(from),
    to: orUndefined(to),
  };
}

export function getAuditTrail(api: ApiClient, query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return callApi(api, 'get', '/audit', {
    query: { ...filterQuery(query), page: query.page, size: query.size },
    signal,
  });
}

export function useAuditTrail(query: AuditQuery) {
  const api = useApiClient();
  return useQuery(
    queryOptions({
      queryKey: queryKeys.audit.list(query),
      queryFn: ({ signal }) => getAuditTrail(api, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}

/** GET /api/v1/audit/facets: the actions and object types the filters offer. */
export function useAuditFacets() {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.audit.facets(),
    queryFn: ({ signal }) => callApi(api, 'get', '/audit/facets', { signal }),
  });
}

/** GET /api/v1/audit/export.csv with the screen's filters, saved as a file. */
export function useDownloadAuditCsv() {
  const api = useApiClient();
  return useMutation({
    mutationFn: (filter: AuditFilter) =>
      downloadApi(api, '/audit/export.csv', { query: filterQuery(filter) }, 'audit-trail.csv'),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
