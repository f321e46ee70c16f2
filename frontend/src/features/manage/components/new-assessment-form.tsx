import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isProblemError } from '@/lib/api-client';
import { useCreateAssessment } from '@/features/manage/api/create-assessment';
import { describedBy } from '@/features/manage/format';
import { DueDateField } from '@/features/campaigns';

/** "New assessment" (tenant administrators): creates a draft and opens its management page. */
export function NewAssessmentForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const create = useCreateAssessment();
  // an empty title is flagged before anything is sent
  const [titleMissing, setTitleMissing] = useState(false);

  const serverTitleError = isProblemError(create.error) ? create.error.violationFor('title') : undefined;
  const titleError = titleMissing ? t('users.field.missing') : serverTitleError;
  const dueDateError = isProblemError(create.error) ? create.error.violationFor('schedule.dueDate') : undefined;
  const otherError = create.isError && !serverTitleError && !dueDateError;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    create.mutate(
      { title: title.trim(), ...(dueDate ? { schedule: { dueDate } } : {}) },
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
