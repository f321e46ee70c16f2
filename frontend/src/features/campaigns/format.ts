import type { TFunction } from 'i18next';
import type { Schedule } from './api/types';

/** A calendar date of the API ("2026-12-10") in the UI language, e.g. "10 Dec 2026"; never shifted by time zones. */
export function formatDay(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "5 days left", "due today", "overdue" — nothing once the assessment is closed. */
export function daysLeftLabel(t: TFunction, schedule: Schedule, status: string): string | null {
  if (status === 'CLOSED' || schedule.daysLeft == null) return null;
  if (schedule.overdue) return t('campaigns.due.overdue');
  if (schedule.daysLeft === 0) return t('campaigns.due.today');
  return schedule.daysLeft === 1
    ? t('campaigns.due.daysLeftOne')
    : t('campaigns.due.daysLeft', { count: schedule.daysLeft });
}
