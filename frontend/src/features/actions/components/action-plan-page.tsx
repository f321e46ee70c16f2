import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SelectField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import {
  STATUSES,
  useActionPlan,
  useDeleteAction,
  type Action,
  type ActionStatus,
  type ActionWarning,
} from '@/features/actions/api/actions';
import { statusKey } from '@/features/actions/api/actions';
import { useDownloadActionPlan } from '@/features/actions/api/export-plan';
import { currentLanguage } from '@/lib/i18n';
import { ActionCard } from './action-card';
import type { DimensionOption } from './action-basics';
import { ActionDialog } from './action-dialog';
import { ActionHistory } from './action-history';
import { useWarningText } from './action-warnings';
import { ProgressBars } from './progress-bars';

export type PlanView = 'dimension' | 'owner' | 'status';

type Group = { key: string; label: string; actions: Action[] };

/** The actions grouped for a view: by dimension, by owner (an action of two owners is under both), by status. */
export function groupActions(
  actions: readonly Action[],
  view: PlanView,
  labels: { status: (s: ActionStatus) => string; noOwner: string },
): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, label: string, action: Action) => {
    const group = groups.get(key) ?? { key, label, actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  };
  if (view === 'status') {
    for (const s of STATUSES) {
      for (const a of actions.filter((x) => x.status === s)) add(s, labels.status(s), a);
    }
    return [...groups.values()];
  }
  for (const a of actions) {
    if (view === 'dimension') add(a.dimension, a.dimensionName, a);
    else if (a.owners.length === 0) add('', labels.noOwner, a);
    else for (const o of a.owners) add(o.userId, o.displayName, a);
  }
  const list = [...groups.values()];
  return view === 'owner' ? list.sort((x, y) => x.label.localeCompare(y.label)) : list;
}

/** What the page tells after a change: a save (with the API's warnings on it) or a deletion. */
type Notice = { kind: 'saved'; title: string; warnings: readonly ActionWarning[] } | { kind: 'deleted'; title: string };

/**
 * /actions — the company's action plan for tenant admins: views, overdue marks, progress, create and edit, each
 * action's history; with `canDelete` (tenant admins only) a Delete that asks first.
 */
export function ActionPlanPage({
  dimensions,
  canDelete = false,
}: {
  dimensions: readonly DimensionOption[];
  canDelete?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const plan = useActionPlan();
  const download = useDownloadActionPlan(currentLanguage(i18n));
  const remove = useDeleteAction();
  const warningText = useWarningText();
  const [view, setView] = useState<PlanView>('dimension');
  const [editing, setEditing] = useState<Action | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Action | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const saved = (action: Action) => setNotice({ kind: 'saved', title: action.title, warnings: action.warnings });
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };
  const confirmDelete = (action: Action) =>
    remove.mutate(action.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice({ kind: 'deleted', title: action.title });
      },
    });
  const groups = plan.data
    ? groupActions(plan.data.items, view, {
        status: (s) => t(statusKey(s)),
        noOwner: t('actions.card.noOwner'),
      })
    : [];
  return (
    <>
      <h1>{t('actions.page.heading')}</h1>
      <p>{t('actions.page.lead')}</p>
      {plan.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {plan.isError ? <ProblemAlert title={t('actions.page.failed')} error={plan.error} /> : null}
      <div className="button-row">
        <Button onClick={() => setCreating(true)} disabled={dimensions.length === 0}>
          {t('actions.page.new')}
        </Button>
        {plan.data && plan.data.items.length > 0 ? (
          <>
            <Button variant="secondary" onClick={() => download.mutate('csv')} disabled={download.isPending}>
              {t('actions.page.exportCsv')}
            </Button>
            <Button variant="secondary" onClick={() => download.mutate('xlsx')} disabled={download.isPending}>
              {t('actions.page.exportXlsx')}
            </Button>
          </>
        ) : null}
      </div>
      {download.isError ? <ProblemAlert title={t('actions.page.exportFailed')} error={download.error} /> : null}
      <div role="status" className="action-plan__status">
        {notice?.kind === 'saved' ? (
          <div className={notice.warnings.length ? 'notice notice--warning' : 'notice'}>
            <p className="notice__title">{t('actions.page.saved', { title: notice.title })}</p>
            {notice.warnings.map((w) => (
              <p key={`${w.field}-${w.code}`}>{warningText(w)}</p>
            ))}
          </div>
        ) : null}
        {notice?.kind === 'deleted' ? (
          <div className="notice">
            <p className="notice__title">{t('actions.page.deleted', { title: notice.title })}</p>
          </div>
        ) : null}
      </div>
      {plan.data ? (
        <>
          <ProgressBars progress={plan.data.progress} />
          <section aria-labelledby="action-list-heading" className="action-plan">
            <h2 id="action-list-heading">{t('actions.page.listHeading')}</h2>
            <SelectField
              label={t('actions.page.view')}
              value={view}
              onChange={(e) => setView(e.target.value as PlanView)}
            >
              <option value="dimension">{t('actions.page.byDimension')}</option>
              <option value="owner">{t('actions.page.byOwner')}</option>
              <option value="status">{t('actions.page.byStatus')}</option>
            </SelectField>
            {plan.data.items.length === 0 ? <p>{t('actions.page.empty')}</p> : null}
            {groups.map((g) => (
              <section key={g.key} className="action-group" aria-label={g.label}>
                <h3>
                  {g.label} <span className="note">({g.actions.length})</span>
                </h3>
                <ul className="action-list">
                  {g.actions.map((a) => (
                    <ActionCard key={`${g.key}-${a.id}`} action={a}>
                      <ActionHistory
                        action={a}
                        controls={
                          <>
                            <Button variant="secondary" onClick={() => setEditing(a)}>
                              {t('actions.page.edit', { title: a.title })}
                            </Button>
                            {canDelete ? (
                              <Button variant="secondary" onClick={() => setDeleting(a)}>
                                {t('actions.delete.button')}
                              </Button>
                            ) : null}
                          </>
                        }
                      />
                    </ActionCard>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        </>
      ) : null}
      <ActionDialog open={creating} onClose={() => setCreating(false)} dimensions={dimensions} onSaved={saved} />
      <ActionDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        dimensions={dimensions}
        action={editing ?? undefined}
        onSaved={saved}
      />
      {canDelete ? (
        <ConfirmDialog
          open={deleting !== null}
          title={t('actions.delete.title', { title: deleting?.title ?? '' })}
          confirmLabel={t('actions.delete.confirm')}
          cancelLabel={t('actions.delete.cancel')}
          busy={remove.isPending}
          onCancel={closeDelete}
          onConfirm={() => (deleting ? confirmDelete(deleting) : undefined)}
        >
          <p>{t('actions.delete.text')}</p>
          {remove.isError ? <ProblemAlert title={t('actions.delete.failed')} error={remove.error} /> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
