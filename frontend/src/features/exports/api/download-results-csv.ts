import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/** GET /api/v1/assessments/{id}/results.csv?lang=… — one row per dimension. */
export function downloadResultsCsv(api: ApiClient, assessmentId: string, language: string): Promise<DownloadedFile> {
  return downloadApi(
    api,
    '/assessments/{id}/results.csv',
    { path: { id: assessmentId }, query: { lang: language } },
    `social-maturity-${assessmentId}-results.csv`,
  );
}

export function useDownloadResultsCsv(assessmentId: string, language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () => downloadResultsCsv(api, assessmentId, language),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
