import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClientPlan, Proposal } from '@/features/clientplans/api/client-plans';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ClientPlanPage } from './client-plan-page';
import { ProposalInbox } from './proposal-inbox';

type Action = ClientPlan['plan']['items'][number];

const company = { alias: 'acme', name: 'Acme', industry: null, sizeBand: null, country: null };
const bright = { alias: 'bright', name: 'Bright Advisors', industry: null, sizeBand: null, country: null };
const dimensions = [
  { key: 'marketing', name: 'Marketing' },
  { key: 'sales', name: 'Sales' },
];

const action = (over: Partial<Action>): Action => ({
  id: 1,
  title: 'Train the sales team',
  description: null,
  frameworkKey: 'socially-enabled',
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

const proposal = (over: Partial<Proposal>): Proposal => ({
  id: 5,
  company,
  consultancy: bright,
  title: 'Social selling training',
  description: 'Two sessions',
  assessmentId: null,
  frameworkKey: 'socially-enabled',
  frameworkVersion: 1,
  dimension: 'sales',
  dimensionName: 'Sales',
  questionKeys: [],
  effort: 'M',
  expectedLevel: 3,
  dueDate: null,
  status: 'PENDING',
  proposedByName: 'Carla',
  createdAt: '2026-12-02T10:00:00Z',
  decidedByName: null,
  decidedAt: null,
  decisionNote: null,
  actionId: null,
  ...over,
});

const clientPlan = (contribute: boolean, items: Action[]): ClientPlan => ({
  clientId: 7,
  company,
  contribute,
  assessments: [{ id: 11, title: 'Acme 2026' }],
  plan: {
    items,
    progress: {
      total: items.length,
      done: 0,
      dropped: 0,
      overdue: items.filter((a) => a.overdue).length,
      byDimension: [],
    },
  },
  pendingProposals: 0,
});

describe('ClientPlanPage', () => {
  it('shows the client plan with overdue actions first and, without the contribute grant, no form', async () => {
    stubFetch([
      {
        path: '/api/v1/portfolio/clients/7/plan',
        respond: () =>
          jsonResponse(
            clientPlan(false, [
              action({ id: 1, title: 'Later one', dueDate: '2027-03-01' }),
              action({ id: 2, title: 'Late one', dueDate: '2026-11-01', overdue: true }),
            ]),
          ),
      },
      { path: '/api/v1/portfolio/clients/7/proposals', respond: () => jsonResponse([]) },
    ]);
    renderWithProviders(<ClientPlanPage clientId="7" dimensions={dimensions} />);
    expect(await screen.findByRole('heading', { name: 'Action plan of Acme' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Actions (2)' }).nextElementSibling as HTMLElement;
    const titles = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.action-card__title')?.textContent);
    expect(titles).toEqual(['Late one', 'Later one']);
    expect(screen.getByText(/has not allowed your consultancy to propose actions/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the proposal' })).not.toBeInTheDocument();
  });

  it('sends a proposal with the chosen result and shows the field the server refused', async () => {
    let sent: Record<string, unknown> | null = null;
    let first = true;
    stubFetch([
      { path: '/api/v1/portfolio/clients/7/plan', respond: () => jsonResponse(clientPlan(true, [])) },
      { path: '/api/v1/portfolio/clients/7/proposals', respond: () => jsonResponse(sent ? [proposal({})] : []) },
      {
        method: 'POST',
        path: '/api/v1/portfolio/clients/7/proposals',
        respond: async (request) => {
          const body = (await request.json()) as Record<string, unknown>;
          if (first) {
            first = false;
            return problemResponse({
              title: 'Invalid request',
              status: 400,
              violations: [{ field: 'title', message: 'must not be blank' }],
            });
          }
          sent = body;
          return jsonResponse(proposal({ title: String(body.title) }), { status: 201 });
        },
      },
    ]);
    const { user } = renderWithProviders(<ClientPlanPage clientId="7" dimensions={dimensions} />);
    const send = await screen.findByRole('button', { name: 'Send the proposal' });
    expect(screen.queryByText('The proposal could not be sent')).not.toBeInTheDocument();
    await user.click(send);
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Title/), 'Social selling training');
    await user.selectOptions(screen.getByLabelText(/Dimension/), 'sales');
    await user.selectOptions(screen.getByLabelText(/Based on the result/), '11');
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect(await screen.findByText('Proposal "Social selling training" sent to Acme.')).toBeInTheDocument();
    expect(sent).toMatchObject({ title: 'Social selling training', dimension: 'sales', assessmentId: 11 });
    expect(await screen.findByText('Waiting for a decision')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw the proposal Social selling training' })).toBeInTheDocument();
  });
});

describe('ProposalInbox', () => {
  it('renders nothing when no consultancy has proposed anything', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/action-proposals', respond: () => jsonResponse([]) }]);
    const { container } = renderWithProviders(<ProposalInbox />);
    await waitFor(() => expect(requests.length).toBe(1));
    expect(container.querySelector('section')).toBeNull();
  });

  it('accepts one proposal and rejects another with a note for the consultancy', async () => {
    const posted: { path: string; body: unknown }[] = [];
    const decided = new Map<number, Proposal['status']>();
    const record = async (request: Request) => {
      const path = new URL(request.url).pathname;
      posted.push({ path, body: await request.json() });
      const id = Number(path.split('/')[4]);
      decided.set(id, path.endsWith('/accept') ? 'ACCEPTED' : 'REJECTED');
      return jsonResponse(proposal({ id, status: decided.get(id)! }));
    };
    // the inbox as the server answers it: a decided proposal leaves the pending ones
    const inbox = () => [
      proposal({ id: 5, status: decided.get(5) ?? 'PENDING' }),
      proposal({
        id: 6,
        title: 'A community manager',
        dimension: 'marketing',
        dimensionName: 'Marketing',
        status: decided.get(6) ?? 'PENDING',
      }),
      proposal({
        id: 4,
        title: 'Old idea',
        status: 'REJECTED',
        decidedByName: 'Anna',
        decidedAt: '2026-11-20T10:00:00Z',
        decisionNote: 'Not now',
      }),
    ];
    stubFetch([
      {
        path: '/api/v1/action-proposals',
        respond: () => jsonResponse(inbox()),
      },
      { method: 'POST', path: '/api/v1/action-proposals/5/accept', respond: record },
      { method: 'POST', path: '/api/v1/action-proposals/6/reject', respond: record },
    ]);
    const { user } = renderWithProviders(<ProposalInbox />);
    expect(
      await screen.findByRole('heading', { name: 'Proposed by your consultants (2 waiting)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Decided proposals (1)')).toBeInTheDocument();
    expect(screen.queryByText('The proposal could not be accepted')).not.toBeInTheDocument();
    expect(screen.queryByText('The proposal could not be rejected')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept into the plan: Social selling training' }));
    expect(
      await screen.findByText('"Social selling training" is now in your plan: assign its owners there.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reject A community manager' }));
    await user.type(screen.getByLabelText('Note for the consultancy (optional)'), 'Not this year');
    await user.click(screen.getByRole('button', { name: 'Reject the proposal' }));
    expect(await screen.findByText('"A community manager" rejected.')).toBeInTheDocument();
    expect(await screen.findByText('No proposal is waiting for your decision.')).toBeInTheDocument();
    expect(screen.getByText('Decided proposals (3)')).toBeInTheDocument();
    expect(posted).toEqual([
      { path: '/api/v1/action-proposals/5/accept', body: {} },
      { path: '/api/v1/action-proposals/6/reject', body: { note: 'Not this year' } },
    ]);
  });
});
