import { useTranslation } from 'react-i18next';
import type { ActionWarning } from '@/features/actions/api/actions';

/** The i18n text of a warning the API attached to a saved action (an unknown one is named by field and code). */
export function useWarningText() {
  const { t } = useTranslation();
  return (w: ActionWarning) =>
    w.field === 'dueDate' && w.code === 'before-creation'
      ? t('actions.warning.beforeCreation')
      : t('actions.warning.other', { field: w.field, code: w.code });
}

/** An action's warnings, e.g. its due date is before the day it was created: saved, but worth a second look. */
export function ActionWarnings({ warnings }: { warnings: readonly ActionWarning[] }) {
  const { t } = useTranslation();
  const text = useWarningText();
  if (warnings.length === 0) return null;
  return (
    <ul className="action-warnings" aria-label={t('actions.warning.label')}>
      {warnings.map((w) => (
        <li key={`${w.field}-${w.code}`} className="action-warnings__item">
          {text(w)}
        </li>
      ))}
    </ul>
  );
}
