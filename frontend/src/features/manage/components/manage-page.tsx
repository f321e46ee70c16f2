import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useAssessment } from '@/features/manage/api/get-assessment';
import { CompletionByFunction, RemindersSection, ScheduleSection } from '@/features/campaigns';
import { useFramework } from '@/features/frameworks';
import { formatDate, statusLabel } from '@/features/manage/format';
import { LifecycleSection } from './lifecycle-section';
import { RecurrenceSection } from './recurrence-section';
import { RespondentsSection } from './respondents-section';
import { TargetsForm } from './targets-form';
import './manage.css';

/** /assessments/:id/manage (tenant administrators): targets, respondents and the assessment's lifecycle. */
export function ManagePage({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const assessment = useAssessment(assessmentId);
  const detail = assessment.data;
  const framework = useFramework(detail?.framework.key, detail?.framework.version, i18n.language);

  if (assessment.isPending) return <StatusMessage>{t('manage.page.loading')}</StatusMessage>;
  if (assessment.isError || !detail)
    return <ProblemAlert title={t('manage.page.loadFailed')} error={assessment.error} />;

  const date = (iso: string) => formatDate(iso, i18n.language);

  return (
    <>
      <h1>{detail.title}</h1>
      <p className="manage__meta">
        <span className={`status-badge status-badge--${detail.status.toLowerCase()}`}>
          {statusLabel(t, detail.status)}
        </span>{' '}
        {detail.anonymous ? (
          <>
            <span className="status-badge status-badge--anonymous">{t('manage.page.anonymous')}</span>{' '}
          </>
        ) : null}
        {t('manage.page.framework', {
          name: framework.data?.title ?? detail.framework.key,
          version: String(detail.framework.version),
        })}
        {' · '}
        {detail.status === 'CLOSED' && detail.closedAt
          ? t('manage.page.closedOn', { date: date(detail.closedAt) })
          : detail.status === 'OPEN' && detail.openedAt
            ? t('manage.page.openedOn', { date: date(detail.openedAt) })
            : t('manage.page.createdOn', { date: date(detail.createdAt) })}
      </p>
      {detail.progress ? (
        <p className="manage__progress">
          {t('manage.page.progress', {
            submitted: detail.progress.submitted,
            respondents: detail.progress.respondents,
            answers: detail.progress.answers,
            expected: detail.progress.expectedAnswers,
          })}
        </p>
      ) : null}
      <CompletionByFunction completion={detail.completion} />

      <LifecycleSection detail={detail} />
      <ScheduleSection key={`${detail.id}-${detail.schedule?.dueDate ?? ''}`} detail={detail} />

      {framework.isError ? <ProblemAlert title={t('manage.page.frameworkFailed')} error={framework.error} /> : null}
      {framework.data ? <TargetsForm detail={detail} framework={framework.data} /> : null}
      {framework.isPending && !framework.isError ? (
        <StatusMessage>{t('manage.page.loadingFramework')}</StatusMessage>
      ) : null}

      <RespondentsSection detail={detail} />

      <RecurrenceSection detail={detail} />
      <RemindersSection detail={detail} />
    </>
  );
}
