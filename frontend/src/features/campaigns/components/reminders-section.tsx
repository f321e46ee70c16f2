import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { LiveRegion } from '@/components/ui/live-region';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useRemind, type ReminderOutcome } from '@/features/campaigns/api/remind';
import type { CampaignAssessment } from '@/features/campaigns/api/types';
import './campaigns.css';

/**
 * "Remind now" while the assessment is open: one respondent who has not submitted, or all of them. At most one
 * reminder per person a day: the answer says how many were queued and how many skipped.
 */
export function RemindersSection({ detail }: { detail: CampaignAssessment }) {
  const { t } = useTranslation();
  const id = useId();
  const remind = useRemind(String(detail.id));
  const [message, setMessage] = useState('');
  if (detail.status !== 'OPEN') return null;
  // respondents with a personal link ("external:<id>") are reminded by re-sending their link (features/links)
  const pending = (detail.respondents ?? []).filter((r) => !r.submittedAt && !r.userId.startsWith('external:'));

  const outcome = (o: ReminderOutcome) =>
    setMessage(
      t('campaigns.reminders.outcome', { queued: o.queued, skipped: o.skipped }) +
        (o.skippedRespondents.some((s) => s.reason === 'reminded-today')
          ? ` ${t('campaigns.reminders.alreadyToday')}`
          : ''),
    );
  const send = (userId?: string) => {
    setMessage('');
    remind.mutate(userId, { onSuccess: outcome });
  };

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('campaigns.reminders.heading')}</h2>
      {pending.length === 0 ? (
        <p>{t('campaigns.reminders.allSubmitted')}</p>
      ) : (
        <>
          <p>
            {pending.length === 1
              ? t('campaigns.reminders.noteOne')
              : t('campaigns.reminders.note', { count: pending.length })}
          </p>
          <ul className="reminders__list">
            {pending.map((r) => {
              const name = r.name ?? r.email ?? r.userId;
              return (
                <li key={r.userId}>
                  <span>{name}</span>
                  <Button
                    variant="secondary"
                    disabled={remind.isPending}
                    aria-label={t('campaigns.reminders.remindOne', { name })}
                    onClick={() => send(r.userId)}
                  >
                    {t('campaigns.reminders.remind')}
                  </Button>
                </li>
              );
            })}
          </ul>
          <div className="button-row">
            <Button disabled={remind.isPending} onClick={() => send()}>
              {t('campaigns.reminders.remindAll')}
            </Button>
          </div>
        </>
      )}
      {remind.isError ? <ProblemAlert title={t('campaigns.reminders.failed')} error={remind.error} /> : null}
      <LiveRegion message={message} />
    </section>
  );
}
