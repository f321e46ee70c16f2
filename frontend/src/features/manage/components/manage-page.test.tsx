import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AssessmentDetail } from '@/features/manage/api/get-assessment';
import type { Framework } from '@/features/frameworks';
import { jsonResponse, problemResponse, stubFetch, type StubRoute } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import { ManagePage } from './manage-page';

const framework = looseFixture<Framework>({
  key: 'social-maturity',
  version: '1',
  language: 'en',
  title: 'Social Maturity',
  levels: [
    { level: 1, key: 'initial', name: 'Initial', description: null, from: 0, to: 20 },
    { level: 2, key: 'aware', name: 'Aware', description: null, from: 20, to: 40 },
    { level: 3, key: 'defined', name: 'Defined', description: null, from: 40, to: 60 },
    { level: 4, key: 'managed', name: 'Managed', description: null, from: 60, to: 80 },
    { level: 5, key: 'social', name: 'Social', description: null, from: 80, to: 100 },
  ],
  dimensions: [
    {
      key: 'listening',
      name: 'Social listening',
      businessArea: 'marketing',
      weight: 1,
      description: null,
      questions: [],
    },
    {
      key: 'collaboration',
      name: 'Internal collaboration',
      businessArea: 'collaboration',
      weight: 1,
      description: null,
      questions: [],
    },
  ],
});

const mario = {
  userId: 'u1',
  name: 'Mario Rossi',
  email: 'mario@acme.example',
  businessFunction: 'marketing',
  invitedAt: '2026-11-01T10:00:00Z',
  submittedAt: '2026-11-10T10:00:00Z',
  answered: 12,
  questions: 12,
  mail: null,
};

const detail = (overrides: Partial<AssessmentDetail> = {}): AssessmentDetail =>
  looseFixture<AssessmentDetail>({
    id: 'a1',
    title: 'Autumn 2026',
    status: 'DRAFT',
    framework: { key: 'social-maturity', version: '1' },
    createdAt: '2026-11-01T09:00:00Z',
    openedAt: null,
    closedAt: null,
    targets: { listening: 3, collaboration: 3 },
    respondents: [],
    progress: { respondents: 0, submitted: 0, answers: 0, expectedAnswers: 0 },
    ...overrides,
  });

const users = {
  items: [
    { id: 'u1', email: 'mario@acme.example', name: 'Mario Rossi', businessFunction: 'marketing', enabled: true },
    { id: 'u2', email: 'ivo@acme.example', name: 'Ivo Bianchi', businessFunction: 'it', enabled: true },
    { id: 'u3', email: 'gone@acme.example', name: 'Gone User', businessFunction: null, enabled: false },
  ],
  page: 0,
  size: 50,
  total: 3,
};

function stub(initial: AssessmentDetail, extra: StubRoute[] = []) {
  return stubFetch([
    { path: '/api/v1/assessments/a1', respond: () => jsonResponse(initial) },
    { path: '/api/v1/frameworks/social-maturity/versions/1', respond: () => jsonResponse(framework) },
    { path: '/api/v1/users', respond: () => jsonResponse(users) },
    ...extra,
  ]);
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/assessments/:id/manage', element: <ManagePage assessmentId="a1" /> }], {
    initialEntries: ['/assessments/a1/manage'],
  });
  return renderWithProviders(<RouterProvider router={router} />);
}

const request = (requests: Request[], method: string, path: string) =>
  requests.find((r) => r.method === method && new URL(r.url).pathname === path);

describe('the management page', () => {
  it("shows each respondent's invitation email: sent, retrying with the error, failed with the reason", async () => {
    const mail = { template: 'assessment-invitation', queuedAt: '2026-11-02T09:00:00Z', sentAt: null, lastError: null };
    stub(
      detail({
        status: 'OPEN',
        openedAt: '2026-11-02T09:00:00Z',
        respondents: [
          { ...mario, mail: { ...mail, status: 'SENT', attempts: 1, sentAt: '2026-11-02T09:00:05Z' } },
          {
            ...mario,
            userId: 'u2',
            name: 'Ivo Bianchi',
            mail: { ...mail, status: 'QUEUED', attempts: 2, lastError: 'Connection refused' },
          },
          {
            ...mario,
            userId: 'u3',
            name: 'Gia Verdi',
            mail: { ...mail, status: 'FAILED', attempts: 8, lastError: '550 mailbox unavailable' },
          },
        ],
      }),
    );

    renderPage();

    const table = await screen.findByRole('table', { name: 'Invited respondents and their progress' });
    expect(within(table).getByRole('columnheader', { name: 'Latest email' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Mario Rossi/ })).toHaveTextContent(
      /InvitationSent\s*on Nov 2, 2026/,
    );
    expect(within(table).getByRole('row', { name: /Ivo Bianchi/ })).toHaveTextContent(
      'InvitationQueued, retrying (attempt 2 failed)Reason: Connection refused',
    );
    expect(within(table).getByRole('row', { name: /Gia Verdi/ })).toHaveTextContent(
      'InvitationFailed after 8 attemptsReason: 550 mailbox unavailable',
    );
  });

  it('shows the title, status, framework and progress', async () => {
    stub(
      detail({ respondents: [mario], progress: { respondents: 1, submitted: 1, answers: 12, expectedAnswers: 12 } }),
    );

    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn 2026' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByText(/1 of 1 respondents submitted · 12 of 12 answers given/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Invited respondents and their progress' });
    const row = within(table).getByRole('row', { name: /Mario Rossi/ });
    expect(row).toHaveTextContent('mario@acme.example');
    expect(row).toHaveTextContent('Marketing');
    expect(row).toHaveTextContent('12 of 12');
    expect(row).toHaveTextContent('Yes, on Nov 10, 2026');
    expect(screen.queryByRole('link', { name: 'View results' })).not.toBeInTheDocument();
  });

  it('marks an anonymous assessment and shows who submitted, not how far each got', async () => {
    stub(
      detail({
        anonymous: true,
        status: 'OPEN',
        openedAt: '2026-11-02T09:00:00Z',
        respondents: [{ ...mario, answered: null }],
        progress: { respondents: 1, submitted: 1, answers: 12, expectedAnswers: 12 },
      }),
    );

    renderPage();

    expect(await screen.findByText('Anonymous')).toBeInTheDocument();
    const row = within(screen.getByRole('table', { name: 'Invited respondents and their progress' })).getByRole('row', {
      name: /Mario Rossi/,
    });
    expect(row).toHaveTextContent('not shown (anonymous)');
    expect(row).not.toHaveTextContent('12 of 12');
    expect(row).toHaveTextContent('Yes, on Nov 10, 2026');
  });

  it('invites a user with their business function, and the row appears', async () => {
    const { requests } = stub(detail(), [
      {
        method: 'POST',
        path: '/api/v1/assessments/a1/respondents',
        respond: () =>
          jsonResponse(
            detail({
              respondents: [
                {
                  ...mario,
                  userId: 'u2',
                  name: 'Ivo Bianchi',
                  email: 'ivo@acme.example',
                  businessFunction: 'sales',
                  submittedAt: null,
                  answered: 0,
                },
              ],
              progress: { respondents: 1, submitted: 0, answers: 0, expectedAnswers: 12 },
            }),
          ),
      },
    ]);
    const { user } = renderPage();

    const who = await screen.findByRole('combobox', { name: 'User' });
    await screen.findByRole('option', { name: 'Ivo Bianchi (ivo@acme.example)' });
    expect(within(who).queryByRole('option', { name: /Gone User/ })).not.toBeInTheDocument();
    await user.selectOptions(who, 'Ivo Bianchi (ivo@acme.example)');
    const businessFunction = screen.getByRole('combobox', { name: 'Business function' });
    expect(businessFunction).toHaveDisplayValue('IT');
    // one vocabulary: the same names as on the Users page (lib/vocabulary), e.g. "Research & development", not "R&D"
    expect(
      within(businessFunction)
        .getAllByRole('option')
        .map((option) => option.textContent)
        .slice(1),
    ).toEqual([
      'Marketing',
      'IT',
      'Sales',
      'Customer service',
      'Research & development',
      'Human resources',
      'Executive management',
      'Other',
    ]);
    await user.selectOptions(businessFunction, 'Sales');
    await user.click(screen.getByRole('button', { name: 'Invite' }));

    expect(await screen.findByRole('cell', { name: 'Ivo Bianchi' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Ivo Bianchi/ });
    expect(row).toHaveTextContent('Sales');
    expect(row).toHaveTextContent('No');
    const sent = request(requests, 'POST', '/api/v1/assessments/a1/respondents')!;
    expect(await sent.json()).toEqual({ userId: 'u2', businessFunction: 'sales' });
    // Invited users are no longer offered.
    expect(
      within(screen.getByRole('combobox', { name: 'User' })).queryByRole('option', { name: /Ivo Bianchi/ }),
    ).not.toBeInTheDocument();
  });

  it('shows the 409 problem inline when a respondent with answers is removed', async () => {
    stub(detail({ respondents: [mario] }), [
      {
        method: 'DELETE',
        path: '/api/v1/assessments/a1/respondents/u1',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/respondent-has-answers',
            title: 'Conflict',
            status: 409,
            detail: 'Mario Rossi has already saved answers.',
          }),
      },
    ]);
    const { user } = renderPage();

    const row = await screen.findByRole('row', { name: /Mario Rossi/ });
    await user.click(within(row).getByRole('button', { name: 'Remove' }));

    expect(await within(row).findByRole('alert')).toHaveTextContent('Mario Rossi has already saved answers.');
  });

  it('shows the 409 problem when opening without respondents', async () => {
    stub(detail(), [
      {
        method: 'POST',
        path: '/api/v1/assessments/a1/open',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/no-respondents',
            title: 'Conflict',
            status: 409,
            detail: 'Invite at least one respondent before opening the assessment.',
          }),
      },
    ]);
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Open for answers' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The assessment could not be opened.');
    expect(alert).toHaveTextContent('Invite at least one respondent before opening the assessment.');
    expect(screen.getByText('Draft')).toBeInTheDocument();
  });

  it('closes the assessment only after the confirmation', async () => {
    const open = detail({ status: 'OPEN', openedAt: '2026-11-02T09:00:00Z', respondents: [mario] });
    const { requests } = stub(open, [
      {
        method: 'POST',
        path: '/api/v1/assessments/a1/close',
        respond: () => jsonResponse({ ...open, status: 'CLOSED', closedAt: '2026-11-23T09:00:00Z' }),
      },
    ]);
    const { user } = renderPage();

    expect(await screen.findByRole('link', { name: 'View results' })).toHaveAttribute(
      'href',
      '/assessments/a1/results',
    );
    await user.click(screen.getByRole('button', { name: 'Close assessment' }));
    expect(request(requests, 'POST', '/api/v1/assessments/a1/close')).toBeUndefined();

    // a double click, both clicks before React re-renders: one request
    const confirm = screen.getByRole('button', { name: 'Confirm close' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);

    expect(await screen.findByText('Closed')).toBeInTheDocument();
    expect(
      requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/assessments/a1/close'),
    ).toHaveLength(1);
    // the used buttons are gone: the focus is on the section's heading, not lost on the page
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Status' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Close assessment' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save targets' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'View results' })).toBeInTheDocument();
  });

  it('offers no way to the results while the close is on its way (they would be the live ones)', async () => {
    const open = detail({ status: 'OPEN', openedAt: '2026-11-02T09:00:00Z', respondents: [mario] });
    let finish: (response: Response) => void = () => {};
    stub(open, [
      {
        method: 'POST',
        path: '/api/v1/assessments/a1/close',
        respond: () => new Promise<Response>((resolve) => (finish = resolve)),
      },
    ]);
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Close assessment' }));
    await user.click(screen.getByRole('button', { name: 'Confirm close' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'View results' })).not.toBeInTheDocument());

    finish(jsonResponse({ ...open, status: 'CLOSED', closedAt: '2026-11-23T09:00:00Z' }));
    expect(await screen.findByRole('link', { name: 'View results' })).toBeInTheDocument();
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('can cancel closing', async () => {
    const { requests } = stub(detail({ status: 'OPEN', respondents: [mario] }));
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Close assessment' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('button', { name: 'Close assessment' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Close assessment' })).toHaveFocus());
    expect(request(requests, 'POST', '/api/v1/assessments/a1/close')).toBeUndefined();
  });

  it('saves the targets with the chosen levels', async () => {
    const { requests } = stub(detail(), [
      {
        method: 'PUT',
        path: '/api/v1/assessments/a1/targets',
        respond: () => jsonResponse(detail({ targets: { listening: 5, collaboration: 2 } })),
      },
    ]);
    const { user } = renderPage();

    const listening = await screen.findByRole('combobox', { name: 'Social listening' });
    expect(listening).toHaveDisplayValue('3 – Defined');
    await user.selectOptions(listening, '5 – Social');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Internal collaboration' }), '2 – Aware');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));

    expect(await screen.findByText('Targets saved.')).toBeInTheDocument();
    const sent = request(requests, 'PUT', '/api/v1/assessments/a1/targets')!;
    expect(await sent.json()).toEqual({ targets: { listening: 5, collaboration: 2 } });
    expect(screen.getByRole('combobox', { name: 'Social listening' })).toHaveDisplayValue('5 – Social');
  });

  it('shows a violation on a target next to its dimension', async () => {
    stub(detail(), [
      {
        method: 'PUT',
        path: '/api/v1/assessments/a1/targets',
        respond: () =>
          problemResponse({
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'targets.collaboration', message: 'must be between 1 and 5' }],
          }),
      },
    ]);
    const { user } = renderPage();

    await user.click(await screen.findByRole('button', { name: 'Save targets' }));

    const collaboration = screen.getByRole('combobox', { name: 'Internal collaboration' });
    expect(await screen.findByText('must be between 1 and 5')).toBeInTheDocument();
    expect(collaboration).toHaveAttribute('aria-invalid', 'true');
    expect(collaboration).toHaveAccessibleDescription('must be between 1 and 5');
  });
});
