import type { TFunction } from 'i18next';
import type { AssessmentStatus } from './api/get-assessment';

/** Dates in the UI language, e.g. "23 Nov 2026" / "23 nov 2026". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** Date and time in the UI language, e.g. "23 Nov 2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/* Business functions: the one vocabulary of the app (@/lib/vocabulary), so the Users page and the invite form agree. */
export { businessFunctions, isBusinessFunction } from '@/lib/vocabulary';
export { businessFunctionLabel as functionLabel } from '@/lib/vocabulary';

const statusKeys = {
  DRAFT: 'manage.status.draft',
  OPEN: 'manage.status.open',
  CLOSED: 'manage.status.closed',
} as const;

export const statusLabel = (t: TFunction, status: AssessmentStatus): string => t(statusKeys[status]);

/** The ids of a field's error message, for aria-describedby. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;
