import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/**
 * GET /api/v1/portfolio/compare.csv?clients=1,2,…&lang=… — one row per client × dimension with the numbers of
 * the comparison (dimension names in `language`).
 */
export function downloadComparisonCsv(api: ApiClient, clientIds: number[], language: string): Promise<DownloadedFile> {
  return downloadApi(
    api,
    '/portfolio/compare.csv',
    { query: { clients: clientIds, lang: language } },
    'social-maturity-comparison.csv',
  );
}

export function useDownloadComparisonCsv(clientIds: number[], language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () => downloadComparisonCsv(api, clientIds, language),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
