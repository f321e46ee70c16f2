import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/lib/i18n';
import { useDownloadComparisonCsv } from '@/features/portfolio/api/download-comparison-csv';
import { useDownloadComparisonPdf } from '@/features/portfolio/api/download-comparison-pdf';
import { useDownloadComparisonXlsx } from '@/features/portfolio/api/download-comparison-xlsx';
import './comparison-downloads.css';

/** Downloads of the comparison on screen: the PDF report (English or Italian), the CSV and the same table as an Excel workbook. */
export function ComparisonDownloads({ clientIds }: { clientIds: number[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const pdf = useDownloadComparisonPdf(clientIds);
  const csv = useDownloadComparisonCsv(clientIds, language);
  const xlsx = useDownloadComparisonXlsx(clientIds, language);
  const failed = [pdf, csv, xlsx].find((download) => download.isError);

  return (
    <section className="comparison-downloads" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('comparisonExport.panel.heading')}</h2>
      <div className="comparison-downloads__row">
        <Button onClick={() => pdf.mutate('en')} disabled={pdf.isPending}>
          {t('comparisonExport.pdf.english')}
        </Button>
        <Button onClick={() => pdf.mutate('it')} disabled={pdf.isPending}>
          {t('comparisonExport.pdf.italian')}
        </Button>
        <Button variant="secondary" onClick={() => csv.mutate()} disabled={csv.isPending}>
          {t('comparisonExport.csv.button')}
        </Button>
        <Button variant="secondary" onClick={() => xlsx.mutate()} disabled={xlsx.isPending}>
          {t('comparisonExport.xlsx.button')}
        </Button>
      </div>
      <p className="note">{t('comparisonExport.panel.note')}</p>
      {pdf.isPending || csv.isPending || xlsx.isPending ? (
        <p role="status" className="note">
          {t('comparisonExport.panel.preparing')}
        </p>
      ) : null}
      {failed ? <ProblemAlert title={t('comparisonExport.panel.failed')} error={failed.error} /> : null}
    </section>
  );
}
