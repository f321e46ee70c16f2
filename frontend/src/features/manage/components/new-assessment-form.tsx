import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isProblemError } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { useLatestFrameworks } from '@/features/frameworks';
import { useCreateAssessment } from '@/features/manage/api/create-assessment';
import { describedBy } from '@/features/manage/format';
import { RepeatFields } from './repeat-fields';
import { DueDateField } from '@/features/campaigns';

const DEFAULT_FRAMEWORK = 'socially-enabled';
const PULSE_FRAMEWORK = 'collaboration-pulse';

/**
 * "New assessment" (tenant administrators): creates a draft on the chosen framework (the full maturity assessment
 * by default, or the short collaboration pulse), optionally repeating every N months, and opens its management page.
 */
export function NewAssessmentForm() {
  const { t, i18n } = useTranslation();
  const frameworks = useLatestFrameworks(currentLanguage(i18n));
  const [frameworkKey, setFrameworkKey] = useState('');
  const [months, setMonths] = useState('');
  const [pin, setPin] = useState(false);
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const create = useCreateAssessment();
  // an empty title is flagged before anything is sent
  const [titleMissing, setTitleMissing] = useState(false);

  const serverTitleError = isProblemError(create.error) ? create.error.violationFor('title') : undefined;
  const titleError = titleMissing ? t('users.field.missing') : serverTitleError;
  const repeatError = isProblemError(create.error) ? create.error.violationFor('repeatEveryMonths') : undefined;
  const dueDateError = isProblemError(create.error) ? create.error.violationFor('schedule.dueDate') : undefined;
  const otherError = create.isError && !serverTitleError && !repeatError && !dueDateError;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    create.mutate(
      {
        title: title.trim(),
        ...(frameworkKey ? { frameworkKey } : {}),
        ...(months ? { repeatEveryMonths: Number(months), pinFrameworkVersion: pin } : {}),
        anonymous,
        ...(dueDate ? { schedule: { dueDate } } : {}),
      },
      { onSuccess: (detail) => void navigate(`/assessments/${encodeURIComponent(String(detail.id))}/manage`) },
    );
  };

  return (
    <section className="new-assessment" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.create.heading')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`} className="is-required">
            {t('manage.create.title')}
          </label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={200}
            required
            aria-invalid={titleError ? true : undefined}
            aria-describedby={describedBy(titleError && `${id}-title-error`)}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleMissing(false);
            }}
          />
          {titleError ? (
            <p id={`${id}-title-error`} className="field-error">
              {titleError}
            </p>
          ) : null}
        </div>
        <DueDateField value={dueDate} onChange={setDueDate} error={dueDateError} />
        {frameworks.data && frameworks.data.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-framework`}>{t('manage.create.framework')}</label>
            <select
              id={`${id}-framework`}
              value={frameworkKey}
              aria-describedby={describedBy(frameworkKey === PULSE_FRAMEWORK && `${id}-framework-hint`)}
              onChange={(event) => {
                setFrameworkKey(event.target.value);
                // the pulse is meant to run quarterly between full assessments
                if (event.target.value === PULSE_FRAMEWORK && months === '') setMonths('3');
              }}
            >
              <option value="">
                {t('manage.create.fullFramework', {
                  name: frameworks.data.find((f) => f.key === DEFAULT_FRAMEWORK)?.title ?? DEFAULT_FRAMEWORK,
                })}
              </option>
              {frameworks.data
                .filter((f) => f.key !== DEFAULT_FRAMEWORK)
                .map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.title}
                  </option>
                ))}
            </select>
            {frameworkKey === PULSE_FRAMEWORK ? (
              <p className="manage__hint" id={`${id}-framework-hint`}>
                {t('manage.create.pulseHint')}
              </p>
            ) : null}
          </div>
        ) : null}
        <RepeatFields idPrefix={id} months={months} pin={pin} error={repeatError} onMonths={setMonths} onPin={setPin} />
        <div className="field field--check">
          <span className="check">
            <input
              id={`${id}-anonymous`}
              type="checkbox"
              checked={anonymous}
              aria-describedby={`${id}-anonymous-note`}
              onChange={(event) => setAnonymous(event.target.checked)}
            />
            <label htmlFor={`${id}-anonymous`}>{t('manage.create.anonymous')}</label>
          </span>
          <p id={`${id}-anonymous-note`} className="note">
            {t('manage.create.anonymousNote')}
          </p>
        </div>
        {otherError ? <ProblemAlert title={t('manage.create.failed')} error={create.error} /> : null}
        <div className="button-row">
          <Button type="submit" disabled={create.isPending}>
            {t('manage.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
