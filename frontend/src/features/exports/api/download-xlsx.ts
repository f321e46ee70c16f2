import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/** GET /api/v1/assessments/{id}/results.xlsx?lang=… — the results CSV's table as a workbook. */
export function useDownloadResultsXlsx(assessmentId: string, language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () =>
      downloadApi(
        api,
        '/assessments/{id}/results.xlsx',
        { path: { id: assessmentId }, query: { lang: language } },
        `social-maturity-${assessmentId}-results.xlsx`,
      ),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}

/** GET /api/v1/assessments/{id}/answers.xlsx?lang=…[&respondentNames=true] — the answers CSV's table as a workbook. */
export function useDownloadAnswersXlsx(assessmentId: string, language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (respondentNames: boolean) =>
      downloadApi(
        api,
        '/assessments/{id}/answers.xlsx',
        { path: { id: assessmentId }, query: { lang: language, respondentNames: respondentNames || undefined } },
        `social-maturity-${assessmentId}-answers${respondentNames ? '-named' : ''}.xlsx`,
      ),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
