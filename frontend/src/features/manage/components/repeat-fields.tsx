import { useTranslation } from 'react-i18next';
import { describedBy } from '@/features/manage/format';

/** The choices of "repeat every": none, or 1–24 months (the server refuses anything else with 400). */
export const REPEAT_CHOICES = [1, 2, 3, 4, 6, 12, 18, 24] as const;

/**
 * "Repeat every N months" and "keep this framework version": shared by the new-assessment form and the manage
 * page's recurrence section. `months` is '' for "does not repeat".
 */
export function RepeatFields({
  idPrefix,
  months,
  pin,
  error,
  disabled,
  onMonths,
  onPin,
}: {
  idPrefix: string;
  months: string;
  pin: boolean;
  error?: string | undefined;
  disabled?: boolean;
  onMonths: (value: string) => void;
  onPin: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  const choices: number[] = [...REPEAT_CHOICES];
  // a saved interval that is not one of the usual choices (e.g. 5) is still shown
  if (months !== '' && !choices.includes(Number(months))) choices.push(Number(months));
  choices.sort((a, b) => a - b);
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-repeat`}>{t('manage.recurrence.repeat')}</label>
        <select
          id={`${idPrefix}-repeat`}
          value={months}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-repeat-hint`, error && `${idPrefix}-repeat-error`)}
          onChange={(event) => onMonths(event.target.value)}
        >
          <option value="">{t('manage.recurrence.never')}</option>
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {n === 1 ? t('manage.recurrence.everyMonth') : t('manage.recurrence.everyMonths', { count: n })}
            </option>
          ))}
        </select>
        <p id={`${idPrefix}-repeat-hint`} className="manage__hint">
          {t('manage.recurrence.hint')}
        </p>
        {error ? (
          <p id={`${idPrefix}-repeat-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      {months !== '' ? (
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={pin}
              disabled={disabled}
              onChange={(event) => onPin(event.target.checked)}
            />{' '}
            {t('manage.recurrence.pin')}
          </label>
        </div>
      ) : null}
    </>
  );
}
