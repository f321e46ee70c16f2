import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/**
 * GET /api/v1/assessments/{id}/answers.csv?lang=…[&respondentNames=true] — one row per respondent × question
 * (tenant admins). Respondents are pseudonyms unless names are asked for; the server audits that.
 */
export function downloadAnswersCsv(
  api: ApiClient,
  assessmentId: string,
  language: string,
  respondentNames: boolean,
): Promise<DownloadedFile> {
  return downloadApi(
    api,
    '/assessments/{id}/answers.csv',
    { path: { id: assessmentId }, query: { lang: language, respondentNames: respondentNames || undefined } },
    `social-maturity-${assessmentId}-answers.csv`,
  );
}

export function useDownloadAnswersCsv(assessmentId: string, language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (respondentNames: boolean) => downloadAnswersCsv(api, assessmentId, language, respondentNames),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
