import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isProblemError } from '@/lib/api-client';
import type { AssessmentDetail } from '@/features/manage/api/get-assessment';
import { useSetRecurrence } from '@/features/manage/api/set-recurrence';
import { statusLabel } from '@/features/manage/format';
import { RepeatFields } from './repeat-fields';

/**
 * "Repeat": every N months, the next cycle created as a draft when this one closes, on the latest framework
 * version unless pinned. Editable while draft or open; shows the cycles before and after this one.
 */
export function RecurrenceSection({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSetRecurrence(String(detail.id));
  const recurrence = detail.recurrence ?? null;
  const savedMonths = recurrence?.repeatEveryMonths == null ? '' : String(recurrence.repeatEveryMonths);
  const [months, setMonths] = useState<string | null>(null);
  const [pin, setPin] = useState<boolean | null>(null);
  const closed = detail.status === 'CLOSED';
  const shownMonths = months ?? savedMonths;
  const shownPin = pin ?? recurrence?.pinFrameworkVersion ?? false;
  const fieldError = isProblemError(save.error) ? save.error.violationFor('repeatEveryMonths') : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { repeatEveryMonths: shownMonths === '' ? null : Number(shownMonths), pinFrameworkVersion: shownPin },
      {
        onSuccess: () => {
          setMonths(null);
          setPin(null);
        },
      },
    );
  };

  const link = (ref: { id: number; title: string; status: AssessmentDetail['status'] }) => (
    <Link to={`/assessments/${encodeURIComponent(String(ref.id))}/manage`}>
      {ref.title} ({statusLabel(t, ref.status)})
    </Link>
  );

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.recurrence.heading')}</h2>
      {recurrence?.previous || recurrence?.next ? (
        <ul className="manage__series" aria-label={t('manage.recurrence.series')}>
          {recurrence.previous ? (
            <li>
              {t('manage.recurrence.previous')} {link(recurrence.previous)}
            </li>
          ) : null}
          {recurrence.next ? (
            <li>
              {t('manage.recurrence.next')} {link(recurrence.next)}
            </li>
          ) : null}
        </ul>
      ) : null}
      {closed ? (
        <p>
          {savedMonths === ''
            ? t('manage.recurrence.closedNever')
            : savedMonths === '1'
              ? t('manage.recurrence.closedEveryMonth')
              : t('manage.recurrence.closedEvery', { count: Number(savedMonths) })}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <RepeatFields
            idPrefix={id}
            months={shownMonths}
            pin={shownPin}
            error={fieldError}
            onMonths={setMonths}
            onPin={setPin}
          />
          {save.isError && !fieldError ? (
            <ProblemAlert title={t('manage.recurrence.saveFailed')} error={save.error} />
          ) : null}
          {save.isSuccess && months === null && pin === null ? (
            <p role="status" className="status-message">
              {t('manage.recurrence.saved')}
            </p>
          ) : null}
          <div className="button-row">
            <Button type="submit" disabled={save.isPending}>
              {t('manage.recurrence.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
