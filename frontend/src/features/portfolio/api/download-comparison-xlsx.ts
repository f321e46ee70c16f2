import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/**
 * GET /api/v1/portfolio/compare.xlsx?clients=1,2,…&lang=… — the comparison CSV's table as a workbook (dimension
 * names in `language`).
 */
export function useDownloadComparisonXlsx(clientIds: number[], language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () =>
      downloadApi(
        api,
        '/portfolio/compare.xlsx',
        { query: { clients: clientIds, lang: language } },
        'social-maturity-comparison.xlsx',
      ),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
