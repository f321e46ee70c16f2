import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/frameworks?lang=…: every published framework version, newest last per framework. */
export type FrameworkSummary = ResponseOf<'/frameworks', 'get'>[number];

export function getFrameworks(api: ApiClient, language: string, signal?: AbortSignal): Promise<FrameworkSummary[]> {
  return callApi(api, 'get', '/frameworks', { query: { lang: language }, signal });
}

export function getFrameworksQueryOptions(api: ApiClient, language: string) {
  return queryOptions({
    queryKey: queryKeys.frameworks.list(language),
    queryFn: ({ signal }) => getFrameworks(api, language, signal),
    staleTime: 5 * 60_000,
  });
}

/** The latest published version of each framework (what a new assessment is created on), in one language. */
export function useLatestFrameworks(language: string) {
  const api = useApiClient();
  return useQuery({
    ...getFrameworksQueryOptions(api, language),
    select: (all) => all.filter((f) => f.latest),
  });
}
