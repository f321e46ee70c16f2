import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { currentLanguage } from '@/lib/i18n';
import { useHistory } from '@/features/history/api/get-history';
import { HistoryView } from '@/features/history/components/history-view';

/** A company's own closed assessments over time, with the change per dimension (and the actions done, when given). */
export function HistoryPage({ actionsDone }: { actionsDone?: ReadonlyMap<number, ReadonlyMap<string, number>> }) {
  const { t, i18n } = useTranslation();
  const history = useHistory();
  return (
    <>
      <h1>{t('consulting.history.title')}</h1>
      <p>{t('consulting.history.intro')}</p>
      {history.isPending ? (
        <StatusMessage>{t('consulting.common.loading')}</StatusMessage>
      ) : history.isError ? (
        <ProblemAlert title={t('consulting.history.loadFailed')} error={history.error} />
      ) : (
        <HistoryView
          results={history.data.results}
          references={history.data.references}
          language={currentLanguage(i18n)}
          actionsDone={actionsDone}
        />
      )}
    </>
  );
}
