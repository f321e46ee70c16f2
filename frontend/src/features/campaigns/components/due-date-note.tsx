import { useTranslation } from 'react-i18next';
import type { Schedule } from '@/features/campaigns/api/types';
import { daysLeftLabel, formatDay } from '@/features/campaigns/format';
import './campaigns.css';

/** "Due by 10 Dec 2026 · 5 days left" for respondents (home, questionnaire) and administrators. */
export function DueDateNote({ schedule, status }: { schedule: Schedule | null | undefined; status: string }) {
  const { t, i18n } = useTranslation();
  if (!schedule?.dueDate) return null;
  const left = daysLeftLabel(t, schedule, status);
  return (
    <p className={`due-note${schedule.overdue && status !== 'CLOSED' ? ' due-note--overdue' : ''}`}>
      {t('campaigns.due.by', { date: formatDay(schedule.dueDate, i18n.language) })}
      {left ? ` · ${left}` : null}
    </p>
  );
}
