import { useTranslation } from 'react-i18next';
import { isProblemError } from '@/lib/api-client';
import { Alert } from './alert';

/** Shows an API error: the server's (already localized) problem detail, or a network message. */
export function ProblemAlert({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  if (isProblemError(error)) {
    return (
      <Alert title={title}>
        <p>{error.detail ?? error.title}</p>
        {error.violations.length > 0 ? (
          <ul>
            {error.violations.map((violation) => (
              <li key={`${violation.field}:${violation.message}`}>{violation.message}</li>
            ))}
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
