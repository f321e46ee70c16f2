import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/frameworks/{key}/versions/{version}?lang=…: the names of levels, dimensions and questions. */
export type Framework = ResponseOf<'/frameworks/{key}/versions/{version}', 'get'>;

export type FrameworkLevel = Framework['levels'][number];

export type FrameworkDimension = Framework['dimensions'][number];

export type FrameworkQuestion = FrameworkDimension['questions'][number];

export function getFramework(
  api: ApiClient,
  key: string,
  version: string | number,
  language: string,
  signal?: AbortSignal,
): Promise<Framework> {
  return callApi(api, 'get', '/frameworks/{key}/versions/{version}', {
    path: { key, version },
    query: { lang: language },
    signal,
  });
}

export function getFrameworkQueryOptions(api: ApiClient, key: string, version: string | number, language: string) {
  return queryOptions({
    queryKey: queryKeys.frameworks.version(key, version, language),
    queryFn: ({ signal }) => getFramework(api, key, version, language, signal),
    // A published framework version never changes.
    staleTime: Infinity,
    // On a language switch, keep the names shown until the translated ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** A published framework version in one language; waits until its key and version are known. */
export function useFramework(key: string | undefined, version: string | number | undefined, language: string) {
  const api = useApiClient();
  return useQuery({
    ...getFrameworkQueryOptions(api, key ?? '', version ?? '', language),
    enabled: key !== undefined && version !== undefined,
  });
}
