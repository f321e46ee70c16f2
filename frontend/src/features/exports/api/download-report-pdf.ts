import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

export type ReportLanguage = 'en' | 'it';

/** GET /api/v1/assessments/{id}/report.pdf?lang=… — the PDF report of a closed assessment. */
export function downloadReportPdf(
  api: ApiClient,
  assessmentId: string,
  language: ReportLanguage,
): Promise<DownloadedFile> {
  return downloadApi(
    api,
    '/assessments/{id}/report.pdf',
    { path: { id: assessmentId }, query: { lang: language } },
    `social-maturity-${assessmentId}-${language}.pdf`,
  );
}

export function useDownloadReportPdf(assessmentId: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (language: ReportLanguage) => downloadReportPdf(api, assessmentId, language),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
