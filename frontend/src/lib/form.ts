import { isProblemError } from './api-client';

/** The ids of a field's hint and error message, for aria-describedby. */
export const describedBy = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/** The message of a problem+json violation on one field, if the error is a problem with one. */
export const violationFor = (error: unknown, field: string): string | undefined =>
  isProblemError(error) ? error.violationFor(field) : undefined;

/**
 * Whether the error needs a general alert: not a problem, or a problem none of whose violations
 * names one of the form's own fields (those are shown next to the field).
 */
export function needsAlert(error: unknown, fields: readonly string[]): boolean {
  if (!error) return false;
  if (!isProblemError(error) || error.violations.length === 0) return true;
  return error.violations.some((violation) => !fields.includes(violation.field));
}

/**
 * The required fields left empty, in form order, e.g. `missingFields({ email: '', name: 'x' })` → ['email'].
 * An empty submit flags every one of them at once (not only the first), and focuses the first by its name.
 */
export function missingFields(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values)
    .filter(([, value]) => value.trim() === '')
    .map(([field]) => field);
}

/** Focuses the form control named `field` (its `name` attribute). */
export function focusField(form: HTMLFormElement | null, field: string | undefined): void {
  if (!form || !field) return;
  const control = form.elements.namedItem(field);
  if (control instanceof HTMLElement) control.focus();
}
