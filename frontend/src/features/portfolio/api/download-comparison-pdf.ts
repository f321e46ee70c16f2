import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

export type ComparisonLanguage = 'en' | 'it';

/** GET /api/v1/portfolio/compare.pdf?clients=1,2,…&lang=… — the comparison of clients as a PDF report. */
export function downloadComparisonPdf(
  api: ApiClient,
  clientIds: number[],
  language: ComparisonLanguage,
): Promise<DownloadedFile> {
  return downloadApi(
    api,
    '/portfolio/compare.pdf',
    { query: { clients: clientIds, lang: language } },
    `social-maturity-comparison-${language}.pdf`,
  );
}

export function useDownloadComparisonPdf(clientIds: number[]) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (language: ComparisonLanguage) => downloadComparisonPdf(api, clientIds, language),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
