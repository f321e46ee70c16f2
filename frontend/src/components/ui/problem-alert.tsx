import { useTranslation } from 'react-i18next';
import { isProblemError } from '@/lib/api-client';
import { Alert } from './alert';

/**
 * Shows an API error: the problem's detail (in the UI language: the server's, or the UI's own for a known
 * type), or a network message. Violations name their field by its label (`labels`), never by its internal
 * name; those shown next to their field already (`shownFields`) are not repeated here. Without an error it shows
 * nothing, so a form may render it unconditionally with its mutation's error.
 */
export function ProblemAlert({
  title,
  error,
  labels = {},
  shownFields = [],
}: {
  title: string;
  error: unknown;
  labels?: Readonly<Record<string, string>>;
  shownFields?: readonly string[];
}) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null; // nothing failed (a mutation's error before any call)
  if (isProblemError(error)) {
    const violations = error.violations.filter((violation) => !shownFields.includes(violation.field));
    const anyLabelled = violations.length > 0;
    return (
      <Alert title={title}>
        <p>{anyLabelled && !error.detail ? t('problems.type.invalidRequest') : (error.detail ?? error.title)}</p>
        {violations.length > 0 ? (
          <ul>
            {violations.map((violation) => {
              const label = labels[violation.field];
              return (
                <li key={`${violation.field}:${violation.message}`}>
                  {label ? t('common.field.error', { label, message: violation.message }) : violation.message}
                </li>
              );
            })}
          </ul>
        ) : null}
      </Alert>
    );
  }
  return (
    <Alert title={title}>
      <p>{t('common.error.network')}</p>
    </Alert>
  );
}
