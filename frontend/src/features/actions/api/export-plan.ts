import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

export type PlanExportFormat = 'csv' | 'xlsx';

/** GET /api/v1/actions/export.csv|xlsx?lang=… — the whole action plan as a file (tenant admins). */
export function useDownloadActionPlan(language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: (format: PlanExportFormat) =>
      format === 'csv'
        ? downloadApi(api, '/actions/export.csv', { query: { lang: language } }, 'action-plan.csv')
        : downloadApi(api, '/actions/export.xlsx', { query: { lang: language } }, 'action-plan.xlsx'),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
