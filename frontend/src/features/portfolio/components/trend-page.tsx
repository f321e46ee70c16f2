import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HistoryView } from '@/features/history';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { currentLanguage } from '@/lib/i18n';
import { useTrend } from '@/features/portfolio/api/get-trend';

/** One client's shared closed results over time, with the change per dimension. */
export function TrendPage({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const trend = useTrend(clientId);
  if (trend.isPending) return <StatusMessage>{t('consulting.common.loading')}</StatusMessage>;
  if (trend.isError) {
    return (
      <>
        <h1>{t('consulting.trend.title')}</h1>
        <ProblemAlert title={t('consulting.trend.loadFailed')} error={trend.error} />
      </>
    );
  }
  return (
    <>
      <h1>{t('consulting.trend.heading', { name: trend.data.company.name })}</h1>
      <HistoryView
        results={trend.data.history.results}
        references={trend.data.history.references}
        language={currentLanguage(i18n)}
        actionsDone={
          new Map(
            trend.data.loops.map((l) => [
              l.assessmentId,
              new Map(l.dimensions.map((d) => [d.dimension, d.actionsDone])),
            ]),
          )
        }
      />
      <p>
        <Link to={`/portfolio/clients/${clientId}/plan`}>{t('consulting.trend.planLink')}</Link>
      </p>
    </>
  );
}
