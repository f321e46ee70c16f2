import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/lib/i18n';
import { useDownloadAnswersCsv } from '@/features/exports/api/download-answers-csv';
import { useDownloadReportPdf } from '@/features/exports/api/download-report-pdf';
import { useDownloadResultsCsv } from '@/features/exports/api/download-results-csv';
import { useDownloadAnswersXlsx, useDownloadResultsXlsx } from '@/features/exports/api/download-xlsx';
import './exports.css';

export type ExportPanelProps = {
  assessmentId: string;
  /** The PDF report is made from the final result only. */
  closed: boolean;
  /** Individual answers are for tenant admins. */
  tenantAdmin: boolean;
  /** An anonymous assessment's answers come without names, whatever is asked: no names option. */
  anonymous?: boolean;
};

/**
 * Downloads of an assessment's results: the PDF report (English or Italian), the results CSV and, for tenant
 * admins, the answers CSV (pseudonymous unless names are asked for).
 */
export function ExportPanel({ assessmentId, closed, tenantAdmin, anonymous = false }: ExportPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const headingId = useId();
  const namesId = useId();
  const pdfHintId = useId();
  const [withNames, setWithNames] = useState(false);
  const pdf = useDownloadReportPdf(assessmentId);
  const results = useDownloadResultsCsv(assessmentId, language);
  const answers = useDownloadAnswersCsv(assessmentId, language);
  const resultsXlsx = useDownloadResultsXlsx(assessmentId, language);
  const answersXlsx = useDownloadAnswersXlsx(assessmentId, language);
  const failed = [pdf, results, answers, resultsXlsx, answersXlsx].find((download) => download.isError);

  return (
    <section className="results-section exports" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exports.panel.heading')}</h2>
      <div className="exports__row">
        <Button
          onClick={() => pdf.mutate('en')}
          disabled={!closed || pdf.isPending}
          aria-describedby={closed ? undefined : pdfHintId}
        >
          {t('exports.pdf.english')}
        </Button>
        <Button
          onClick={() => pdf.mutate('it')}
          disabled={!closed || pdf.isPending}
          aria-describedby={closed ? undefined : pdfHintId}
        >
          {t('exports.pdf.italian')}
        </Button>
        <Button variant="secondary" onClick={() => results.mutate()} disabled={results.isPending}>
          {t('exports.results.button')}
        </Button>
        <Button variant="secondary" onClick={() => resultsXlsx.mutate()} disabled={resultsXlsx.isPending}>
          {t('exports.results.xlsx')}
        </Button>
      </div>
      {closed ? null : (
        <p id={pdfHintId} className="note">
          {t('exports.pdf.needsClosed')}
        </p>
      )}
      {tenantAdmin ? (
        <div className="exports__row">
          <Button
            variant="secondary"
            onClick={() => answers.mutate(withNames && !anonymous)}
            disabled={answers.isPending}
          >
            {t('exports.answers.button')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => answersXlsx.mutate(withNames && !anonymous)}
            disabled={answersXlsx.isPending}
          >
            {t('exports.answers.xlsx')}
          </Button>
          {anonymous ? null : (
            <span className="exports__option">
              <input
                id={namesId}
                type="checkbox"
                checked={withNames}
                onChange={(event) => setWithNames(event.target.checked)}
              />
              <label htmlFor={namesId}>{t('exports.answers.withNames')}</label>
            </span>
          )}
        </div>
      ) : null}
      {tenantAdmin ? (
        <p className="note">{anonymous ? t('exports.answers.anonymousNote') : t('exports.answers.note')}</p>
      ) : null}
      {pdf.isPending || results.isPending || answers.isPending || resultsXlsx.isPending || answersXlsx.isPending ? (
        <p role="status" className="note">
          {t('exports.panel.preparing')}
        </p>
      ) : null}
      {failed ? <ProblemAlert title={t('exports.panel.failed')} error={failed.error} /> : null}
    </section>
  );
}
