import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { violationFor } from '@/lib/form';
import { STATUSES, useAddUpdate, useMyActions, type Action, type ActionStatus } from '@/features/actions/api/actions';
import { statusKey } from '@/features/actions/api/actions';
import { ActionCard } from './action-card';
import { ActionHistory } from './action-history';

/** "My actions" on the home page of every user who owns one: change the status, add a note. */
export function MyActions() {
  const { t } = useTranslation();
  const mine = useMyActions();
  if (!mine.data || mine.data.items.length === 0) return null;
  return (
    <section className="home__section my-actions" aria-labelledby="my-actions-heading">
      <h2 id="my-actions-heading">{t('actions.mine.heading')}</h2>
      <p>
        {t('actions.mine.lead', { done: mine.data.progress.done, total: mine.data.progress.total })}
        {mine.data.progress.overdue > 0
          ? ` ${t('actions.progress.overdue', { count: mine.data.progress.overdue })}`
          : ''}
      </p>
      <ul className="action-list">
        {mine.data.items.map((a) => (
          <ActionCard key={a.id} action={a}>
            <OwnerUpdate action={a} />
            <ActionHistory action={a} />
          </ActionCard>
        ))}
      </ul>
    </section>
  );
}

function OwnerUpdate({ action }: { action: Action }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const update = useAddUpdate();
  const noteId = `my-action-note-${action.id}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { id: action.id, body: { status: status === action.status ? null : status, note: note || null } },
      {
        onSuccess: () => {
          setNote('');
          setSaved(true);
        },
      },
    );
  }

  return (
    <form
      className="owner-update"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.mine.formFor', { title: action.title })}
    >
      <ProblemAlert title={t('actions.mine.failed')} error={update.error} shownFields={['note', 'status']} />
      <SelectField
        label={t('actions.field.status')}
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionStatus)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label htmlFor={noteId}>{t('actions.field.note')}</label>
        <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        {violationFor(update.error, 'note') ? (
          <p className="field-error">{violationFor(update.error, 'note')}</p>
        ) : null}
      </div>
      <div className="button-row">
        <Button type="submit" disabled={update.isPending || (status === action.status && note.trim() === '')}>
          {t('actions.mine.save')}
        </Button>
        {saved ? <span role="status">{t('actions.mine.saved')}</span> : null}
      </div>
    </form>
  );
}
