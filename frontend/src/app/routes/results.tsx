import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ResultsPage } from '@/features/results/components/results-page';

/** /assessments/:id/results — loaded lazily (see router.tsx), so the charts stay out of the first load. */
export default function ResultsRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <>
      <title>{`${t('results.page.title')} · ${t('app.brand.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">{t('results.page.backHome')}</Link>
      </p>
      <ResultsPage assessmentId={id} />
    </>
  );
}
