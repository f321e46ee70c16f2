import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

export type FrameworkLevel = { level: number; key: string; name: string; description: string | null; from: number; to: number };

export type FrameworkQuestion = { key: string; title: string };

export type FrameworkDimension = {
  key: string;
  businessArea: string | null;
  weight: number;
  name: string;
  description: string | null;
  questions: FrameworkQuestion[];
};

/** GET /api/v1/frameworks/{key}/versions/{version}?lang=…: the names of levels, dimensions and questions. */
export type Framework = {
  key: string;
  version: string | number;
  language: string;
  title: string;
  levels: FrameworkLevel[];
  dimensions: FrameworkDimension[];
};

export function getFramework(
  api: ApiClient,
  key: string,
  version: string | number,
  language: string,
  signal?: AbortSignal,
): Promise<Framework> {
  return api.get<Framework>(
    `/frameworks/${encodeURIComponent(key)}/versions/${encodeURIComponent(String(version))}?lang=${encodeURIComponent(language)}`,
    { signal },
  );
}

export function getFrameworkQueryOptions(api: ApiClient, key: string, version: string | number, language: string) {
  return queryOptions({
    queryKey: ['frameworks', key, String(version), language],
    queryFn: ({ signal }) => getFramework(api, key, version, language, signal),
    // A published framework version never changes.
    staleTime: Infinity,
    // On a language switch, keep the names shown until the translated ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** A published framework version in one language (shared by the manage and results features); waits until its key and version are known. */
export function useFramework(key: string | undefined, version: string | number | undefined, language: string) {
  const api = useApiClient();
  return useQuery({
    ...getFrameworkQueryOptions(api, key ?? '', version ?? '', language),
    enabled: key !== undefined && version !== undefined,
  });
}
