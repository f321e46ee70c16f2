import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { violationFor } from '@/lib/form';
import { ActionBasicsFields, type DimensionOption } from './action-basics';
import { businessFunctionLabel } from '@/lib/vocabulary';
import {
  ALIGNMENT,
  EFFORTS,
  STATUSES,
  useCreateAction,
  useOwnerCandidates,
  usePairing,
  useUpdateAction,
  type Action,
  type ActionStatus,
} from '@/features/actions/api/actions';
import { effortKey, statusKey } from '@/features/actions/api/actions';

type Props = {
  open: boolean;
  onClose: () => void;
  dimensions: readonly DimensionOption[];
  /** The action to edit; a new one when absent. */
  action?: Action | undefined;
  /** After a save, with the action as the API answered it (its `warnings` included), before the dialog closes. */
  onSaved?: ((saved: Action) => void) | undefined;
};

/**
 * Creates or edits an action (tenant admins): title, description, dimension, owners among the company's users —
 * for the IT–marketing alignment dimension the proposed marketing and IT pair — due date, status, effort, cost,
 * expected level.
 */
export function ActionDialog({ open, onClose, dimensions, action, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={action ? t('actions.dialog.editTitle') : t('actions.dialog.newTitle')} onClose={onClose}>
      {open ? (
        <ActionForm
          dimensions={dimensions}
          action={action}
          onDone={onClose}
          onSaved={(saved) => {
            onSaved?.(saved);
            onClose();
          }}
        />
      ) : null}
    </Dialog>
  );
}

function ActionForm({
  dimensions,
  action,
  onDone,
  onSaved,
}: {
  dimensions: readonly DimensionOption[];
  action?: Action | undefined;
  onDone: () => void;
  onSaved: (saved: Action) => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [dimension, setDimension] = useState(action?.dimension ?? dimensions[0]?.key ?? '');
  const [owners, setOwners] = useState<string[]>(action?.owners.map((o) => o.userId) ?? []);
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'PLANNED');
  const [effort, setEffort] = useState<string>(action?.effort ?? '');
  const [cost, setCost] = useState(action?.costEstimate != null ? String(action.costEstimate) : '');
  const [level, setLevel] = useState(action?.expectedLevel != null ? String(action.expectedLevel) : '');
  const [note, setNote] = useState('');
  const candidates = useOwnerCandidates(true);
  const pairing = usePairing(dimension === ALIGNMENT);
  const create = useCreateAction();
  const update = useUpdateAction();
  const mutation = action ? update : create;
  const error = mutation.error;

  const pair = pairing.data;
  const pairIds = [pair?.marketing?.userId, pair?.it?.userId].filter((id): id is string => !!id);

  function toggle(id: string) {
    setOwners((current) => (current.includes(id) ? current.filter((o) => o !== id) : [...current, id]));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const common = {
      title,
      description: description || null,
      dimension,
      dueDate: dueDate || null,
      status,
      effort: (effort || null) as Action['effort'],
      costEstimate: cost === '' ? null : Number(cost),
      expectedLevel: level === '' ? null : Number(level),
    };
    if (action) {
      const sameOwners =
        owners.length === action.owners.length && action.owners.every((o) => owners.includes(o.userId));
      update.mutate(
        {
          id: action.id,
          body: { ...common, questionKeys: action.questionKeys, note: note || null },
          ownerIds: sameOwners ? null : owners,
        },
        { onSuccess: onSaved },
      );
    } else {
      create.mutate({ ...common, ownerIds: owners }, { onSuccess: onSaved });
    }
  }

  const users = (candidates.data?.items ?? []).filter((u) => u.enabled);
  return (
    <form onSubmit={submit} noValidate className="action-form">
      <ProblemAlert
        title={t('actions.dialog.failed')}
        error={error}
        shownFields={['title', 'dimension', 'dueDate', 'status', 'costEstimate', 'expectedLevel', 'note']}
      />
      <ActionBasicsFields
        value={{ title, description, dimension }}
        onChange={(next) => {
          setTitle(next.title);
          setDescription(next.description);
          setDimension(next.dimension);
        }}
        dimensions={dimensions}
        error={error}
      />
      <fieldset className="field action-form__owners">
        <legend>{t('actions.field.owners')}</legend>
        {dimension === ALIGNMENT && pair ? (
          <div className="action-form__pair">
            <p className="note">
              {t('actions.dialog.pair', {
                marketing: pair.marketing?.displayName ?? t('actions.dialog.nobody'),
                it: pair.it?.displayName ?? t('actions.dialog.nobody'),
              })}
            </p>
            {pairIds.length ? (
              <Button variant="secondary" onClick={() => setOwners(pairIds)}>
                {t('actions.dialog.usePair')}
              </Button>
            ) : null}
          </div>
        ) : null}
        <ul className="plain-list">
          {users.map((u) => (
            <li key={u.id}>
              <label className="check">
                <input type="checkbox" checked={owners.includes(u.id)} onChange={() => toggle(u.id)} /> {u.name}
                {u.businessFunction ? ` (${businessFunctionLabel(t, u.businessFunction)})` : ''}
              </label>
            </li>
          ))}
        </ul>
        {violationFor(error, 'ownerIds[0]') ? (
          <p className="field-error">{violationFor(error, 'ownerIds[0]')}</p>
        ) : null}
      </fieldset>
      <TextField
        label={t('actions.field.dueDate')}
        type="date"
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={violationFor(error, 'dueDate')}
      />
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
      <SelectField label={t('actions.field.effort')} value={effort} onChange={(e) => setEffort(e.target.value)}>
        <option value="">{t('actions.field.none')}</option>
        {EFFORTS.map((e) => (
          <option key={e} value={e}>
            {t(effortKey(e))}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('actions.field.cost')}
        type="number"
        min={0}
        step="0.01"
        value={cost}
        onChange={(e) => setCost(e.target.value)}
        error={violationFor(error, 'costEstimate')}
      />
      <SelectField label={t('actions.field.expectedLevel')} value={level} onChange={(e) => setLevel(e.target.value)}>
        <option value="">{t('actions.field.none')}</option>
        {[1, 2, 3, 4, 5].map((l) => (
          <option key={l} value={String(l)}>
            {l}
          </option>
        ))}
      </SelectField>
      {action ? (
        <div className="field">
          <label htmlFor="action-edit-note">{t('actions.field.note')}</label>
          <textarea id="action-edit-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          {violationFor(error, 'note') ? <p className="field-error">{violationFor(error, 'note')}</p> : null}
        </div>
      ) : null}
      <div className="button-row">
        <Button type="submit" disabled={mutation.isPending}>
          {action ? t('actions.dialog.save') : t('actions.dialog.create')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-autofocus>
          {t('actions.dialog.cancel')}
        </Button>
      </div>
    </form>
  );
}
