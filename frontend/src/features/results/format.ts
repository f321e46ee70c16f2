/** Numbers, percentages and dates in the UI language; null is shown as a dash. */
export const EMPTY = '—';

export function formatNumber(value: number | null | undefined, language: string, fractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A signed difference, e.g. "+12.5" / "−3". */
export function formatSigned(value: number | null | undefined, language: string, fractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/** A share 0–1 as a percentage, e.g. "75%" / "75%". */
export function formatShare(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A percentage 0–100, e.g. "26%". */
export function formatPercent(value: number | null | undefined, language: string): string {
  return formatShare(value === null || value === undefined ? value : value / 100, language);
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The text in the UI language, falling back to English. */
export function localized(
  text: Record<string, string | null | undefined> | null | undefined,
  language: string,
): string {
  if (!text) return '';
  return text[language] || text.en || Object.values(text).find((value) => !!value) || '';
}
