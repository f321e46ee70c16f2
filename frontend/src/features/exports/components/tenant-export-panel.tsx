import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/lib/i18n';
import { useDownloadTenantExport } from '@/features/exports/api/download-tenant-export';
import './exports.css';

/**
 * The tenant's data export for its tenant admins: one ZIP of everything the tenant has (the server decides what
 * and checks the caller is an admin), dimension and level names in the interface's language.
 */
export function TenantExportPanel() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  const download = useDownloadTenantExport(currentLanguage(i18n));

  return (
    <section className="exports" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.tenant.heading')}</h2>
      <p id={descriptionId} className="note">
        {t('exports.tenant.description')}
      </p>
      <div className="exports__row">
        <Button onClick={() => download.mutate()} disabled={download.isPending} aria-describedby={descriptionId}>
          {t('exports.tenant.button')}
        </Button>
      </div>
      {download.isPending ? (
        <p role="status" className="note">
          {t('exports.tenant.preparing')}
        </p>
      ) : null}
      {download.isError ? <ProblemAlert title={t('exports.tenant.failed')} error={download.error} /> : null}
    </section>
  );
}
