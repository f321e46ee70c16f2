import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import {
  useAssessments,
  type AssessmentStatus,
  type AssessmentSummary,
} from '@/features/assessments/api/get-assessments';
import { formatDate } from '@/features/assessments/format';
import { CompletionByFunction, DueDateNote } from '@/features/campaigns';

const order: AssessmentStatus[] = ['OPEN', 'CLOSED', 'DRAFT'];

const headingKeys = {
  OPEN: 'assessments.list.openHeading',
  CLOSED: 'assessments.list.closedHeading',
  DRAFT: 'assessments.list.draftHeading',
} as const;

/** "Your assessments": grouped by status, with progress (administrators) and the way into the questionnaire. */
export function AssessmentList() {
  const { t } = useTranslation();
  const assessments = useAssessments();

  return (
    <section className="assessments" aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{t('assessments.list.heading')}</h2>
      {assessments.isPending ? <StatusMessage>{t('assessments.list.loading')}</StatusMessage> : null}
      {assessments.isError ? <ProblemAlert title={t('assessments.list.loadFailed')} error={assessments.error} /> : null}
      {assessments.data && assessments.data.items.length === 0 ? <p>{t('assessments.list.empty')}</p> : null}
      {assessments.data
        ? order.map((status) => {
            const items = assessments.data.items.filter((item) => item.status === status);
            if (items.length === 0) return null;
            return (
              <section key={status} className="assessments__group" aria-labelledby={`assessments-${status}`}>
                <h3 id={`assessments-${status}`}>{t(headingKeys[status])}</h3>
                <ul className="assessments__items">
                  {items.map((item) => (
                    <AssessmentItem key={item.id} item={item} />
                  ))}
                </ul>
              </section>
            );
          })
        : null}
      {assessments.data && assessments.data.total > assessments.data.items.length ? (
        <p className="note">
          {t('assessments.list.partial', { shown: assessments.data.items.length, total: assessments.data.total })}
        </p>
      ) : null}
    </section>
  );
}

function AssessmentItem({ item }: { item: AssessmentSummary }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const date = (iso: string) => formatDate(iso, i18n.language);

  return (
    <li className="assessment-card">
      <p id={titleId} className="assessment-card__title">
        {item.title}
      </p>
      <p className="assessment-card__meta">
        {item.status === 'CLOSED' && item.closedAt
          ? t('assessments.list.closedOn', { date: date(item.closedAt) })
          : item.status === 'OPEN' && item.openedAt
            ? t('assessments.list.openedOn', { date: date(item.openedAt) })
            : t('assessments.list.createdOn', { date: date(item.createdAt) })}
      </p>
      {item.anonymous ? (
        <p className="assessment-card__anonymous">
          {item.respondent ? t('assessments.anonymous.list') : t('assessments.anonymous.title')}
        </p>
      ) : null}
      {item.progress ? (
        <p className="assessment-card__progress">
          {t('assessments.list.progress', {
            submitted: item.progress.submitted,
            respondents: item.progress.respondents,
            answers: item.progress.answers,
            expected: item.progress.expectedAnswers,
          })}
        </p>
      ) : null}
      <DueDateNote schedule={item.schedule} status={item.status} />
      <CompletionByFunction completion={item.completion} />
      {item.mine ? (
        <p className="assessment-card__progress">
          {t('assessments.list.mineProgress', { answered: item.mine.answered, total: item.mine.questions })}
          {' · '}
          {item.mine.submittedAt
            ? t('assessments.list.mineSubmitted', { date: date(item.mine.submittedAt) })
            : t('assessments.list.mineNotSubmitted')}
        </p>
      ) : null}
      {item.respondent && item.status === 'OPEN' ? (
        <p>
          <Link to={`/assessments/${encodeURIComponent(item.id)}/questionnaire`} aria-describedby={titleId}>
            {item.mine && item.mine.answered > 0 ? t('assessments.list.resume') : t('assessments.list.answer')}
          </Link>
        </p>
      ) : null}
      {item.respondent && item.status === 'CLOSED' ? (
        <p>
          <Link to={`/assessments/${encodeURIComponent(item.id)}/questionnaire`} aria-describedby={titleId}>
            {t('assessments.list.viewAnswers')}
          </Link>
        </p>
      ) : null}
      {item.progress ? (
        <p>
          <Link to={`/assessments/${encodeURIComponent(item.id)}/manage`} aria-describedby={titleId}>
            {t('assessments.list.manage')}
          </Link>
        </p>
      ) : null}
      {/* Results: anyone invited once closed; live for administrators (who see the progress) while open. */}
      {(item.status === 'CLOSED' && (item.respondent || item.progress)) || (item.status === 'OPEN' && item.progress) ? (
        <p>
          <Link to={`/assessments/${encodeURIComponent(item.id)}/results`} aria-describedby={titleId}>
            {t('assessments.list.viewResults')}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
