import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api-client';
import { downloadApi } from '@/lib/api/typed';
import { saveFile } from '@/lib/save-file';

/** GET /api/v1/tenant/export.zip?lang=… — all of the tenant's data as a ZIP of JSON and CSV files with a manifest. */
export function useDownloadTenantExport(language: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: () =>
      downloadApi(api, '/tenant/export.zip', { query: { lang: language } }, 'social-maturity-export.zip'),
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
  });
}
