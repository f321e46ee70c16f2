import type { TFunction } from 'i18next';
import type { AssessmentStatus } from './api/get-assessment';
import type { BusinessFunction } from './api/invite-respondent';

/** Dates in the UI language, e.g. "23 Nov 2026" / "23 nov 2026". */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export const businessFunctions: BusinessFunction[] = ['marketing', 'it', 'sales', 'service', 'rnd', 'hr', 'executive', 'other'];

const functionKeys = {
  marketing: 'manage.function.marketing',
  it: 'manage.function.it',
  sales: 'manage.function.sales',
  service: 'manage.function.service',
  rnd: 'manage.function.rnd',
  hr: 'manage.function.hr',
  executive: 'manage.function.executive',
  other: 'manage.function.other',
} as const;

export const isBusinessFunction = (value: string | null | undefined): value is BusinessFunction =>
  !!value && value in functionKeys;

/** A readable label for a business function; an unknown one is shown as it is, none as a dash. */
export function functionLabel(t: TFunction, value: string | null | undefined): string {
  if (!value) return '—';
  return isBusinessFunction(value) ? t(functionKeys[value]) : value;
}

const statusKeys = {
  DRAFT: 'manage.status.draft',
  OPEN: 'manage.status.open',
  CLOSED: 'manage.status.closed',
} as const;

export const statusLabel = (t: TFunction, status: AssessmentStatus): string => t(statusKeys[status]);

/** The ids of a field's error message, for aria-describedby. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;
