import { useId, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import {
  EFFORTS,
  STATUSES,
  effortKey,
  fieldChange,
  statusKey,
  useAction,
  type Action,
  type ActionStatus,
  type ActionUpdate,
} from '@/features/actions/api/actions';
import { formatDay, formatMoment } from './format';

const KIND_KEYS = {
  created: 'actions.historyKind.created',
  updated: 'actions.historyKind.updated',
  'status-changed': 'actions.historyKind.statusChanged',
  'note-added': 'actions.historyKind.noteAdded',
  reassigned: 'actions.historyKind.reassigned',
} as const;

const FIELD_KEYS = {
  title: 'actions.historyField.title',
  description: 'actions.historyField.description',
  dimension: 'actions.historyField.dimension',
  questionKeys: 'actions.historyField.questions',
  dueDate: 'actions.historyField.dueDate',
  status: 'actions.historyField.status',
  effort: 'actions.historyField.effort',
  costEstimate: 'actions.historyField.cost',
  expectedLevel: 'actions.historyField.expectedLevel',
  owners: 'actions.historyField.owners',
  recommendation: 'actions.historyField.recommendation',
} as const;

const known = <K extends string>(keys: Record<K, string>, key: string): key is K => Object.hasOwn(keys, key);

/**
 * "History" of an action: a disclosure that loads the action's update log (GET of the single action) when opened,
 * newest first — who, when, what changed (from → to) and the note. `controls` (e.g. Edit, Delete) share the row of
 * its button.
 */
export function ActionHistory({ action, controls }: { action: Action; controls?: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="action-history">
      <div className="button-row action-history__controls">
        {controls}
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls={open ? regionId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {t('actions.history.toggle')}
        </Button>
      </div>
      {open ? (
        <div id={regionId} className="action-history__body">
          <UpdateLog action={action} />
        </div>
      ) : null}
    </div>
  );
}

function UpdateLog({ action }: { action: Action }) {
  const { t, i18n } = useTranslation();
  const detail = useAction(action.id);
  if (detail.isPending) return <StatusMessage>{t('actions.history.loading')}</StatusMessage>;
  if (detail.isError) return <ProblemAlert title={t('actions.history.failed')} error={detail.error} />;
  const updates = detail.data.updates ?? [];
  if (updates.length === 0) return <p className="note">{t('actions.history.empty')}</p>;
  const current = detail.data;
  return (
    <ol className="action-history__list" aria-label={t('actions.history.listLabel', { title: current.title })}>
      {updates.map((u) => (
        <li key={u.id} className="action-history__entry">
          <p>
            <strong>{known(KIND_KEYS, u.kind) ? t(KIND_KEYS[u.kind]) : u.kind}</strong>
            {' · '}
            {u.actorName ?? t('actions.history.someone')}
            {' · '}
            <time dateTime={u.at}>{formatMoment(u.at, i18n.language)}</time>
          </p>
          <Changes update={u} action={current} />
          {u.note ? <p className="action-history__note">{t('actions.history.note', { note: u.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Changes({ update, action }: { update: ActionUpdate; action: Action }) {
  const { t, i18n } = useTranslation();
  // a creation logs the values it started with: the unset ones say nothing
  const fields = Object.entries(update.changes as Record<string, unknown>).filter(
    ([, raw]) => update.kind !== 'created' || fieldChange(raw).to,
  );
  if (fields.length === 0) return null;
  const show = (field: string, value: string | null) => valueText(t, i18n.language, action, field, value);
  return (
    <ul className="action-history__changes">
      {fields.map(([field, raw]) => {
        const { from, to } = fieldChange(raw);
        const label = known(FIELD_KEYS, field) ? t(FIELD_KEYS[field]) : field;
        return (
          <li key={field}>
            {update.kind === 'created'
              ? t('actions.history.set', { field: label, value: show(field, to) })
              : t('actions.history.change', { field: label, from: show(field, from), to: show(field, to) })}
          </li>
        );
      })}
    </ul>
  );
}

/** A logged value as the reader knows it: statuses and efforts in words, days formatted, owners by name. */
function valueText(t: TFunction, language: string, action: Action, field: string, value: string | null): string {
  if (value === null || value === '') return t('actions.history.unset');
  switch (field) {
    case 'status':
      return STATUSES.includes(value as ActionStatus) ? t(statusKey(value as ActionStatus)) : value;
    case 'effort':
      return (EFFORTS as readonly string[]).includes(value) ? t(effortKey(value as (typeof EFFORTS)[number])) : value;
    case 'dueDate':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value, language) : value;
    case 'dimension':
      return value === action.dimension ? action.dimensionName : value;
    case 'owners':
      return value
        .split(',')
        .map((id) => action.owners.find((o) => o.userId === id)?.displayName ?? t('actions.history.formerOwner'))
        .join(', ');
    default:
      return value;
  }
}
