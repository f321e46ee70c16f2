import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { LiveRegion } from '@/components/ui/live-region';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isProblemError } from '@/lib/api-client';
import { useSetSchedule } from '@/features/campaigns/api/set-schedule';
import type { CampaignAssessment } from '@/features/campaigns/api/types';
import { formatDay } from '@/features/campaigns/format';
import { DueDateNote } from './due-date-note';
import './campaigns.css';

const fields = ['dueDate', 'autoClose', 'reminderDaysBefore', 'reminderEveryDays'] as const;

/**
 * The manage page's "Due date and reminders": the due date (days left or overdue), "close automatically at the
 * due date", and reminders (first N days before the due date, then every M days). Editable while draft or open.
 */
export function ScheduleSection({ detail }: { detail: CampaignAssessment }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const schedule = detail.schedule ?? null;
  const save = useSetSchedule(String(detail.id));
  const [dueDate, setDueDate] = useState(schedule?.dueDate ?? '');
  const [autoClose, setAutoClose] = useState(schedule?.autoClose ?? false);
  const [reminders, setReminders] = useState(schedule?.reminderDaysBefore != null);
  const [before, setBefore] = useState(String(schedule?.reminderDaysBefore ?? 3));
  const [every, setEvery] = useState(String(schedule?.reminderEveryDays ?? 2));
  const [saved, setSaved] = useState('');
  const editable = detail.status !== 'CLOSED';

  const violation = (field: (typeof fields)[number]) =>
    isProblemError(save.error) ? save.error.violationFor(field) : undefined;
  const otherError = save.isError && !fields.some((f) => violation(f));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    save.mutate(
      {
        dueDate: dueDate || undefined,
        autoClose: dueDate ? autoClose : false,
        reminderDaysBefore: dueDate && reminders ? Number(before) : undefined,
        reminderEveryDays: dueDate && reminders ? Number(every) : undefined,
      },
      { onSuccess: () => setSaved(t('campaigns.schedule.saved')) },
    );
  };

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('campaigns.schedule.heading')}</h2>
      {schedule ? <DueDateNote schedule={schedule} status={detail.status} /> : <p>{t('campaigns.schedule.none')}</p>}
      {schedule?.nextReminder ? (
        <p>{t('campaigns.schedule.nextReminder', { date: formatDay(schedule.nextReminder, i18n.language) })}</p>
      ) : null}
      {editable ? (
        <form onSubmit={onSubmit} noValidate>
          <TextField
            type="date"
            label={t('campaigns.schedule.dueDate')}
            hint={t('campaigns.schedule.dueDateHint')}
            value={dueDate}
            error={violation('dueDate')}
            onChange={(event) => setDueDate(event.target.value)}
          />
          <p>
            <label>
              <input
                type="checkbox"
                checked={autoClose}
                disabled={!dueDate}
                onChange={(event) => setAutoClose(event.target.checked)}
              />{' '}
              {t('campaigns.schedule.autoClose')}
            </label>
          </p>
          {violation('autoClose') ? <p className="field-error">{violation('autoClose')}</p> : null}
          <p>
            <label>
              <input
                type="checkbox"
                checked={reminders}
                disabled={!dueDate}
                onChange={(event) => setReminders(event.target.checked)}
              />{' '}
              {t('campaigns.schedule.remindersOn')}
            </label>
          </p>
          {reminders && dueDate ? (
            <div className="schedule__reminders">
              <TextField
                type="number"
                min={1}
                max={365}
                inputMode="numeric"
                label={t('campaigns.schedule.daysBefore')}
                value={before}
                error={violation('reminderDaysBefore')}
                onChange={(event) => setBefore(event.target.value)}
              />
              <TextField
                type="number"
                min={1}
                max={365}
                inputMode="numeric"
                label={t('campaigns.schedule.everyDays')}
                value={every}
                error={violation('reminderEveryDays')}
                onChange={(event) => setEvery(event.target.value)}
              />
            </div>
          ) : null}
          {otherError ? <ProblemAlert title={t('campaigns.schedule.failed')} error={save.error} /> : null}
          <div className="button-row">
            <Button type="submit" disabled={save.isPending}>
              {t('campaigns.schedule.save')}
            </Button>
          </div>
          <LiveRegion message={saved} />
        </form>
      ) : null}
    </section>
  );
}
