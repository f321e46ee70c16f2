import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action, ActionPlan } from '@/features/actions/api/actions';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ActionPlanPage, groupActions } from './action-plan-page';

const action = (over: Partial<Action>): Action => ({
  id: 1,
  title: 'Train the sales team',
  description: null,
  frameworkKey: 'oracle-social-enablement',
  frameworkVersion: 1,
  dimension: 'sales',
  dimensionName: 'Sales',
  questionKeys: [],
  owners: [{ userId: 'u-marco', displayName: 'Marco', businessFunction: 'MARKETING' }],
  dueDate: '2026-12-20',
  status: 'PLANNED',
  effort: null,
  costEstimate: null,
  expectedLevel: null,
  sourceAssessmentId: null,
  sourceRecommendationKey: null,
  overdue: false,
  doneAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  warnings: [],
  updates: null,
  ...over,
});

const plan = (items: Action[]): ActionPlan => ({
  items,
  progress: { total: items.length, done: 0, dropped: 0, overdue: 0, byDimension: [] },
});

const fileResponse = (body: string, type: string, filename: string) =>
  new Response(body, {
    status: 200,
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` },
  });

describe('groupActions', () => {
  const labels = { status: (s: string) => s.toLowerCase(), noOwner: 'nobody' };

  it('puts an action of two owners under both and one without owner under "nobody", by name', () => {
    const shared = action({
      id: 1,
      owners: [
        { userId: 'u-zoe', displayName: 'Zoe', businessFunction: null },
        { userId: 'u-anna', displayName: 'Anna', businessFunction: null },
      ],
    });
    const alone = action({ id: 2, owners: [] });
    const groups = groupActions([shared, alone], 'owner', labels);
    expect(groups.map((g) => [g.label, g.actions.map((a) => a.id)])).toEqual([
      ['Anna', [1]],
      ['nobody', [2]],
      ['Zoe', [1]],
    ]);
  });

  it('lists statuses in the life-cycle order, not in the order of the actions', () => {
    const groups = groupActions(
      [action({ id: 1, status: 'DONE' }), action({ id: 2, status: 'BLOCKED' }), action({ id: 3, status: 'PLANNED' })],
      'status',
      labels,
    );
    expect(groups.map((g) => g.key)).toEqual(['PLANNED', 'BLOCKED', 'DONE']);
  });
});

describe('ActionPlanPage downloads', () => {
  const saved: { href: string; download: string }[] = [];

  beforeEach(() => {
    saved.length = 0;
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:plan'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the plan as Excel in the interface language under the server name', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([action({})])) },
      {
        path: '/api/v1/actions/export.xlsx',
        respond: () =>
          fileResponse('PK', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'action-plan.xlsx'),
      },
    ]);
    const { user } = renderWithProviders(<ActionPlanPage dimensions={[{ key: 'sales', name: 'Sales' }]} />);
    await user.click(await screen.findByRole('button', { name: 'Download Excel' }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:plan', download: 'action-plan.xlsx' }]));
    const url = new URL(requests.find((r) => r.url.includes('export.xlsx'))!.url);
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('offers no download for an empty plan, and shows the server problem when a download fails', async () => {
    stubFetch([{ path: '/api/v1/actions', respond: () => jsonResponse(plan([])) }]);
    const empty = renderWithProviders(<ActionPlanPage dimensions={[{ key: 'sales', name: 'Sales' }]} />);
    expect(await screen.findByText(/No actions yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    empty.unmount();

    stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([action({})])) },
      {
        path: '/api/v1/actions/export.csv',
        respond: () =>
          problemResponse({ title: 'Forbidden', status: 403, detail: 'Only tenant admins export the plan.' }),
      },
    ]);
    const { user } = renderWithProviders(<ActionPlanPage dimensions={[{ key: 'sales', name: 'Sales' }]} />);
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('Only tenant admins export the plan.')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});

const DIMENSIONS = [{ key: 'sales', name: 'Sales' }];

describe('ActionPlanPage delete', () => {
  it('offers Delete only to tenant admins (canDelete), not to a plan shown without it', async () => {
    stubFetch([{ path: '/api/v1/actions', respond: () => jsonResponse(plan([action({})])) }]);
    const owner = renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} />);
    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    owner.unmount();

    renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} canDelete />);
    expect(await screen.findByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it('deletes only after the confirmation, shows a refusal in the dialog, then says the action was deleted', async () => {
    let refuse = true;
    const { requests } = stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([action({})])) },
      {
        method: 'DELETE',
        path: '/api/v1/actions/1',
        respond: () =>
          refuse
            ? problemResponse({ title: 'Forbidden', status: 403, detail: 'Only tenant admins delete actions.' })
            : new Response(null, { status: 204 }),
      },
    ]);
    const deletes = () => requests.filter((r) => r.method === 'DELETE' && r.url.endsWith('/api/v1/actions/1'));
    const { user } = renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} canDelete />);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Train the sales team”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(deletes()).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deletes()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete action' }));
    const alert = await within(screen.getByRole('alertdialog')).findByRole('alert');
    expect(alert).toHaveTextContent('The action could not be deleted');
    expect(alert).toHaveTextContent('Only tenant admins delete actions.');

    refuse = false;
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete action' }));
    expect(await screen.findByText('Deleted: “Train the sales team”.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deletes()).toHaveLength(2);
  });
});

describe('ActionPlanPage save warnings', () => {
  const warned = action({ dueDate: '2026-11-20', warnings: [{ field: 'dueDate', code: 'before-creation' }] });

  it('tells after creating an action that its due date is before the day it was created', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([])) },
      { path: '/api/v1/users', respond: () => jsonResponse({ items: [], total: 0, page: 0, size: 200 }) },
      { method: 'POST', path: '/api/v1/actions', respond: () => jsonResponse(warned, { status: 201 }) },
    ]);
    const { user } = renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} />);
    await user.click(await screen.findByRole('button', { name: 'New action' }));
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Train the sales team');
    await user.click(screen.getByRole('button', { name: 'Create action' }));

    const status = await screen.findByText('Saved: “Train the sales team”.');
    expect(status.closest('[role="status"]')).toHaveTextContent(
      'The due date is before the day the action was created.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toMatchObject({ title: 'Train the sales team', dimension: 'sales' });
  });

  it('tells it in Italian after an edit, and the card keeps the warning', async () => {
    let saved = false;
    stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([saved ? warned : action({})])) },
      { path: '/api/v1/users', respond: () => jsonResponse({ items: [], total: 0, page: 0, size: 200 }) },
      {
        method: 'PUT',
        path: '/api/v1/actions/1',
        respond: () => {
          saved = true;
          return jsonResponse(warned);
        },
      },
    ]);
    const { user } = renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} />, { language: 'it' });
    await user.click(await screen.findByRole('button', { name: 'Modifica' }));
    await user.click(screen.getByRole('button', { name: 'Salva' }));

    const status = await screen.findByText('Azione salvata: “Train the sales team”.');
    const warning = "La scadenza è precedente al giorno in cui l'azione è stata creata.";
    expect(status.closest('[role="status"]')).toHaveTextContent(warning);
    const cardWarnings = await screen.findByRole('list', { name: 'Avvisi' });
    expect(cardWarnings).toHaveTextContent(warning);
  });
});

describe('ActionPlanPage history', () => {
  it('loads the update log of the action when History opens: who, when, what changed and the note', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/actions', respond: () => jsonResponse(plan([action({})])) },
      {
        path: '/api/v1/actions/1',
        respond: () =>
          jsonResponse(
            action({
              updates: [
                {
                  id: 7,
                  at: '2026-12-05T09:30:00Z',
                  actorId: 'u-anna',
                  actorName: 'Anna Rossi',
                  kind: 'updated',
                  changes: {
                    dueDate: { from: '2026-12-20', to: '2026-11-30' },
                    status: { from: 'PLANNED', to: 'IN_PROGRESS' },
                  } as unknown as Record<string, Record<string, never>>,
                  note: 'Moved up after the board meeting',
                },
                {
                  id: 3,
                  at: '2026-12-01T10:00:00Z',
                  actorId: 'u-anna',
                  actorName: 'Anna Rossi',
                  kind: 'created',
                  changes: { title: 'Train the sales team', owners: ['u-marco'] } as unknown as Record<
                    string,
                    Record<string, never>
                  >,
                  note: null,
                },
              ],
            }),
          ),
      },
    ]);
    const { user } = renderWithProviders(<ActionPlanPage dimensions={DIMENSIONS} />);
    const toggle = await screen.findByRole('button', { name: 'History' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/actions/1')).toBe(false);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const log = await screen.findByRole('list', { name: 'History of “Train the sales team”' });
    const [edited, created] = within(log)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === log);
    expect(edited).toHaveTextContent('Edited · Anna Rossi · Dec 5, 2026');
    expect(edited).toHaveTextContent('Due date: Dec 20, 2026 → Nov 30, 2026');
    expect(edited).toHaveTextContent('Status: Planned → In progress');
    expect(edited).toHaveTextContent('Note: Moved up after the board meeting');
    expect(within(edited!).getByText(/Dec 5, 2026/, { selector: 'time' })).toHaveAttribute(
      'datetime',
      '2026-12-05T09:30:00Z',
    );
    expect(created).toHaveTextContent('Created · Anna Rossi');
    expect(created).toHaveTextContent('Title: Train the sales team');
    expect(created).toHaveTextContent('Owners: Marco');
    const get = requests.find((r) => new URL(r.url).pathname === '/api/v1/actions/1')!;
    expect(new URL(get.url).searchParams.get('lang')).toBe('en');
  });
});
