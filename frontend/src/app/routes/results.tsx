import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '@/components/not-found';
import { isNotFoundProblem } from '@/lib/api-client';
import { ExportPanel } from '@/features/exports/components/export-panel';
import { useMe } from '@/features/me/api/get-me';
import { useResults } from '@/features/results/api/get-results';
import { ResultsPage } from '@/features/results/components/results-page';

/** /assessments/:id/results — loaded lazily (see router.tsx), so the charts stay out of the first load. */
export default function ResultsRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const results = useResults(id); // the same query as the page below: one request
  if (isNotFoundProblem(results.error)) return <NotFoundContent />;
  return (
    <>
      <title>{`${t('results.page.title')} · ${t('app.brand.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">{t('results.page.backHome')}</Link>
      </p>
      <ResultsPage assessmentId={id} />
      {results.isSuccess ? (
        <ExportPanel
          assessmentId={id}
          closed={results.data.status === 'CLOSED'}
          anonymous={results.data.anonymous}
          tenantAdmin={me.data?.roles.includes('tenant-admin') ?? false}
        />
      ) : null}
    </>
  );
}
