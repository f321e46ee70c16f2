import type { TFunction } from 'i18next';
import type { AssessmentStatus } from './api/get-assessment';

/* Dates in the UI language: the app's one formatter (@/lib/dates). */
export { formatDate, formatDateTime } from '@/lib/dates';

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
