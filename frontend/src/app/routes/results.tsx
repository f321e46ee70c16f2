import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '@/components/not-found';
import { isNotFoundProblem } from '@/lib/api-client';
import { ActionLoopSection, RoadmapActions } from '@/features/actions';
import { isCompanyAdmin } from './consulting-access';
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
  const tenantAdmin = me.data?.roles.includes('tenant-admin') ?? false;
  // the display's steps carry the texts, the engine's roadmap the recommendation keys (same ranks)
  const keys = new Map((results.data?.result.roadmap ?? []).map((item) => [item.rank, item.recommendation.key]));
  const steps = (results.data?.display.roadmap ?? []).flatMap((step) => {
    const key = keys.get(step.rank);
    return key ? [{ rank: step.rank, key, title: step.title, dimensionName: step.dimensionName }] : [];
  });
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
          tenantAdmin={tenantAdmin}
        />
      ) : null}
      {results.isSuccess && results.data.status === 'CLOSED' && isCompanyAdmin(me.data) ? (
        <ActionLoopSection assessmentId={results.data.assessmentId} />
      ) : null}
      {results.isSuccess && isCompanyAdmin(me.data) ? (
        <RoadmapActions assessmentId={results.data.assessmentId} steps={steps} />
      ) : null}
    </>
  );
}
