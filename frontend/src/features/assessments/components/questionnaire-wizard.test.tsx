import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { User } from 'oidc-client-ts';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Answer, Questionnaire } from '@/features/assessments/api/get-questionnaire';
import { jsonResponse, problemResponse, stubFetch, type StubRoute } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { fakeAuth, renderWithProviders } from '@/testing/test-utils';
import { QuestionnaireWizard } from './questionnaire-wizard';

const options = [
  { key: 'none', label: 'Not at all' },
  { key: 'some', label: 'In some teams' },
  { key: 'all', label: 'Everywhere' },
];

const savedAnswer = (questionKey: string, patch: Partial<Answer> = {}): Answer => ({
  questionKey,
  optionKey: 'some',
  notApplicable: false,
  comment: null,
  evidenceUrl: null,
  revision: 3,
  updatedAt: '2026-11-20T10:00:00Z',
  ...patch,
});

function questionnaire(patch: Partial<Questionnaire> = {}): Questionnaire {
  return looseFixture<Questionnaire>({
    assessmentId: 'a1',
    title: 'Autumn 2026',
    status: 'OPEN',
    language: 'en',
    businessFunction: 'marketing',
    notApplicableLabel: 'Not applicable',
    submittedAt: null,
    progress: { answered: 1, total: 3 },
    dimensions: [
      {
        key: 'listening',
        name: 'Social listening',
        description: 'How you listen to your market.',
        businessArea: 'marketing',
        questions: [
          {
            key: 'L1',
            title: 'Do you monitor conversations?',
            text: 'Do you monitor conversations about your brand?',
            help: 'Count any tool or manual routine.',
            options,
            answer: savedAnswer('L1'),
          },
          { key: 'L2', title: 'Do you act on what you hear?', text: '', help: null, options, answer: null },
        ],
      },
      {
        key: 'collaboration',
        name: 'Internal collaboration',
        description: null,
        businessArea: 'it',
        questions: [{ key: 'C1', title: 'Do teams share knowledge?', text: '', help: null, options, answer: null }],
      },
    ],
    ...patch,
  });
}

type Put = { questionKey: string; body: Record<string, unknown> };

/** The questionnaire, plus PUT answers served by `answerPut` (one call per request); records the bodies. */
function stubApi(
  answerPut: (put: Put, call: number) => Response | Promise<Response>,
  { data = questionnaire(), extra = [] as StubRoute[] } = {},
) {
  const puts: Put[] = [];
  const routes: StubRoute[] = [
    { path: '/api/v1/assessments/a1/questionnaire', respond: () => jsonResponse(data) },
    ...extra,
  ];
  for (const key of ['L1', 'L2', 'C1']) {
    routes.push({
      method: 'PUT',
      path: `/api/v1/assessments/a1/answers/${key}`,
      respond: async (request) => {
        const put = { questionKey: key, body: (await request.json()) as Record<string, unknown> };
        puts.push(put);
        return answerPut(put, puts.length);
      },
    });
  }
  return { puts, ...stubFetch(routes) };
}

const echo = ({ questionKey, body }: Put, revision: number) =>
  jsonResponse(
    savedAnswer(questionKey, {
      optionKey: (body.optionKey as string | undefined) ?? null,
      notApplicable: body.notApplicable === true,
      comment: (body.comment as string | undefined) ?? null,
      evidenceUrl: (body.evidenceUrl as string | undefined) ?? null,
      revision,
    }),
  );

function renderWizard(language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter(
    [
      {
        path: '/assessments/:id/questionnaire',
        element: <QuestionnaireWizard assessmentId="a1" debounceMs={20} retryBaseMs={20} />,
      },
    ],
    { initialEntries: ['/assessments/a1/questionnaire'] },
  );
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

const question = (name: string) => screen.getByRole('region', { name });

describe('the questionnaire wizard', () => {
  it('shows the first dimension’s questions as radio groups, with the saved answers and the progress', async () => {
    const { requests } = stubApi(() => new Response(null, { status: 500 }));

    renderWizard();

    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1 of 3: Social listening' })).toBeInTheDocument();
    expect(new URL(requests[0]!.url).search).toBe('?lang=en');
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(2); // the other step is hidden
    const first = screen.getByRole('radiogroup', { name: 'Do you monitor conversations?' });
    expect(first).toHaveAccessibleDescription('Count any tool or manual routine.');
    expect(
      within(first)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toHaveLength(4);
    expect(within(first).getByRole('radio', { name: 'In some teams' })).toBeChecked();
    expect(within(first).getByRole('radio', { name: 'Not applicable' })).not.toBeChecked();
    expect(screen.getByRole('radiogroup', { name: 'Do you act on what you hear?' })).toBeInTheDocument();

    const progress = screen.getByRole('progressbar', { name: '1 of 3 questions answered' });
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(progress).toHaveAttribute('aria-valuemax', '3');
    expect(screen.getByRole('link', { name: 'Social listening' })).toHaveAttribute('aria-current', 'step');
  });

  it('saves a choice at once with the base revision, says "Saved" and updates the progress', async () => {
    const { puts } = stubApi((put) => echo(put, 1));
    const { user } = renderWizard();
    await screen.findByRole('radiogroup', { name: 'Do you act on what you hear?' });

    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Do you act on what you hear?' })).getByRole('radio', {
        name: 'Everywhere',
      }),
    );

    expect(await within(question('Do you act on what you hear?')).findByRole('status')).toHaveTextContent('Saved');
    expect(puts).toEqual([{ questionKey: 'L2', body: { optionKey: 'all', baseRevision: 0 } }]);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('2 of 3 questions answered');

    // The next change starts from the revision the server returned; "not applicable" counts as an answer.
    await user.click(screen.getAllByRole('radio', { name: 'Not applicable' })[1]!);
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toEqual({ questionKey: 'L2', body: { notApplicable: true, baseRevision: 1 } });
  });

  it('shows a conflict with the current answer; "Keep mine" saves again on the current revision', async () => {
    const current = savedAnswer('L1', { optionKey: 'none', comment: 'Only in marketing', revision: 5 });
    const { puts } = stubApi((put, call) =>
      call === 1
        ? problemResponse({ title: 'Conflict', status: 409, detail: 'The answer was changed.', extra: { current } })
        : echo(put, 6),
    );
    const { user } = renderWizard();
    const region = await screen.findByRole('region', { name: 'Do you monitor conversations?' });

    await user.click(within(region).getByRole('radio', { name: 'Everywhere' }));

    expect(await within(region).findByRole('status')).toHaveTextContent('Changed elsewhere');
    expect(puts[0]?.body).toEqual({ optionKey: 'all', baseRevision: 3 });
    // The answer saved elsewhere, shown by its label.
    expect(
      within(region)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Saved answer', 'Saved comment']);
    expect(
      within(region)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['Not at all', 'Only in marketing']);
    expect(within(region).getByRole('radio', { name: 'Everywhere' })).toBeChecked(); // ours is kept meanwhile

    await user.click(within(region).getByRole('button', { name: 'Keep mine' }));

    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
    expect(puts[1]?.body).toEqual({ optionKey: 'all', baseRevision: 5 });
    expect(within(region).queryByRole('button', { name: 'Keep mine' })).not.toBeInTheDocument();
  });

  it('"Use theirs" adopts the current answer', async () => {
    const current = savedAnswer('L1', { optionKey: 'none', revision: 5 });
    const { puts } = stubApi(() => problemResponse({ title: 'Conflict', status: 409, extra: { current } }));
    const { user } = renderWizard();
    const region = await screen.findByRole('region', { name: 'Do you monitor conversations?' });

    await user.click(within(region).getByRole('radio', { name: 'Everywhere' }));
    await user.click(await within(region).findByRole('button', { name: 'Use theirs' }));

    expect(within(region).getByRole('radio', { name: 'Not at all' })).toBeChecked();
    expect(within(region).getByRole('radio', { name: 'Not at all' })).toHaveFocus();
    expect(within(region).getByRole('status')).toHaveTextContent('Saved');
    expect(puts).toHaveLength(1);
  });

  it('retries after a network failure, keeping the value, and then saves', async () => {
    const { puts } = stubApi((put, call) => {
      if (call === 1) throw new TypeError('Failed to fetch');
      if (call === 2) return problemResponse({ title: 'Unavailable', status: 503 });
      return echo(put, 1);
    });
    const { user } = renderWizard();
    const region = await screen.findByRole('region', { name: 'Do you act on what you hear?' });

    await user.click(within(region).getByRole('radio', { name: 'In some teams' }));

    expect(await within(region).findByText('Not saved — retrying')).toBeInTheDocument();
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
    expect(puts.map((put) => put.body)).toEqual([
      { optionKey: 'some', baseRevision: 0 },
      { optionKey: 'some', baseRevision: 0 },
      { optionKey: 'some', baseRevision: 0 },
    ]);
  });

  it('saves the comment after a pause; a link typed as www.acme.it is saved as https://www.acme.it', async () => {
    const { puts } = stubApi((put, call) => echo(put, 3 + call));
    const { user } = renderWizard();
    const region = await screen.findByRole('region', { name: 'Do you monitor conversations?' });

    await user.click(within(region).getByText('Comment and evidence (optional)'));
    await user.type(within(region).getByRole('textbox', { name: 'Comment' }), 'Weekly report');

    await waitFor(() => expect(puts.at(-1)?.body).toMatchObject({ optionKey: 'some', comment: 'Weekly report' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
    const before = puts.length;

    const evidence = within(region).getByRole('textbox', { name: 'Evidence link' });
    await user.type(evidence, 'www.acme.it');
    await user.tab();
    await waitFor(() => expect(puts.at(-1)?.body).toMatchObject({ evidenceUrl: 'https://www.acme.it' }));
    expect(puts.at(-1)?.body).toEqual({
      optionKey: 'some',
      comment: 'Weekly report',
      evidenceUrl: 'https://www.acme.it',
      baseRevision: 3 + puts.length - 1,
    });
    // never a bare www.acme.it
    expect(
      puts.slice(before).every((put) => !put.body.evidenceUrl || String(put.body.evidenceUrl).startsWith('https://')),
    ).toBe(true);
    expect(evidence).toHaveValue('https://www.acme.it');
    expect(evidence).not.toHaveAttribute('aria-invalid');
  });

  it('saves the option even when the server refuses the evidence link; the error shows once, by its label, in Italian', async () => {
    const { puts } = stubApi((put, call) =>
      put.body.evidenceUrl === 'https://intranet'
        ? problemResponse({
            type: 'https://socialmaturity.io/problems/invalid-request',
            title: 'Invalid request',
            status: 400,
            detail: 'evidenceUrl: must be an http(s) link',
            violations: [{ field: 'evidenceUrl', message: 'must be an http(s) link' }],
          })
        : echo(put, call),
    );
    const router = createMemoryRouter(
      [{ path: '/q', element: <QuestionnaireWizard assessmentId="a1" debounceMs={20} retryBaseMs={20} /> }],
      { initialEntries: ['/q'] },
    );
    const { user } = renderWithProviders(<RouterProvider router={router} />, { language: 'it' });
    const region = await screen.findByRole('region', { name: 'Do you act on what you hear?' });

    await user.click(within(region).getByText('Commento e documentazione (facoltativi)'));
    const evidence = within(region).getByRole('textbox', { name: 'Link alla documentazione' });
    await user.type(evidence, 'https://intranet');
    await user.click(within(region).getByRole('radio', { name: 'Everywhere' }));

    // the refused link is held back and the choice goes again without it
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('Salvata, tranne il campo Link alla documentazione'),
    );
    expect(puts.map((put) => put.body)).toEqual([
      { optionKey: 'all', evidenceUrl: 'https://intranet', baseRevision: 0 },
      { optionKey: 'all', baseRevision: 0 },
    ]);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
    const message =
      'Link alla documentazione: inserisci un indirizzo web, per esempio https://www.esempio.it. Il resto della risposta è salvato.';
    expect(evidence).toHaveAccessibleDescription(message);
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
    expect(within(region).getAllByText(message)).toHaveLength(1);
    expect(screen.queryByText(/evidenceUrl|must be an http/)).not.toBeInTheDocument();
    expect(evidence).toHaveValue('https://intranet'); // what was typed stays, to be corrected
  });

  it('keeps a link that is no web address on the device, never sends it, and restores it after a reload', async () => {
    const { puts } = stubApi((put, call) => echo(put, 3 + call));
    const first = renderWizard();
    let region = await screen.findByRole('region', { name: 'Do you monitor conversations?' });
    await first.user.click(within(region).getByText('Comment and evidence (optional)'));
    await first.user.type(within(region).getByRole('textbox', { name: 'Evidence link' }), 'ftp://x');
    await first.user.click(within(region).getByRole('radio', { name: 'Everywhere' }));

    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('Saved, except the Evidence link'),
    );
    expect(puts.map((put) => put.body)).toEqual([{ optionKey: 'all', baseRevision: 3 }]);
    expect(within(region).getByRole('textbox', { name: 'Evidence link' })).toHaveAccessibleDescription(
      'Evidence link: enter a web address, for example https://www.example.com. The rest of your answer is saved.',
    );

    first.unmount(); // a reload
    renderWizard();
    region = await screen.findByRole('region', { name: 'Do you monitor conversations?' });
    const evidence = within(region).getByRole('textbox', { name: 'Evidence link' });
    expect(evidence).toHaveValue('ftp://x');
    await waitFor(() => expect(evidence).toHaveAttribute('aria-invalid', 'true'));
    expect(within(region).getByRole('radio', { name: 'Everywhere' })).toBeChecked();
  });

  it('keeps an answer refused with 401 (session ended) on the device and saves it after signing in again', async () => {
    let signedIn = false;
    const { puts } = stubApi((put, call) =>
      signedIn
        ? echo(put, call)
        : problemResponse({
            title: 'Unauthorized',
            status: 401,
            detail: 'Sign in first: this call needs a valid access token.',
          }),
    );
    const auth = fakeAuth({ user: { profile: { sub: 'marco' }, expired: false } as unknown as User });
    const router = () =>
      createMemoryRouter(
        [{ path: '/q', element: <QuestionnaireWizard assessmentId="a1" debounceMs={20} retryBaseMs={20} /> }],
        { initialEntries: ['/q'] },
      );
    const first = renderWithProviders(<RouterProvider router={router()} />, { auth });
    const region = await screen.findByRole('region', { name: 'Do you act on what you hear?' });

    await first.user.click(within(region).getByRole('radio', { name: 'Everywhere' }));

    expect(
      await within(region).findByText('Not saved yet — kept on this device until you sign in again'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Sign in first/)).not.toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('maturity.pendingAnswers.marco.a1') ?? '{}')).toEqual({
      L2: { draft: { optionKey: 'all', notApplicable: false, comment: '', evidenceUrl: '' }, baseRevision: 0 },
    });

    // signing in again reloads the app on the same page: the kept answer is sent and saved
    first.unmount();
    signedIn = true;
    renderWithProviders(<RouterProvider router={router()} />, { auth });
    const again = await screen.findByRole('region', { name: 'Do you act on what you hear?' });
    await waitFor(() => expect(within(again).getByRole('status')).toHaveTextContent('Saved'));
    expect(within(again).getByRole('radio', { name: 'Everywhere' })).toBeChecked();
    expect(puts.at(-1)).toEqual({ questionKey: 'L2', body: { optionKey: 'all', baseRevision: 0 } });
    expect(window.localStorage.getItem('maturity.pendingAnswers.marco.a1')).toBeNull();
  });

  it('does not restore another user’s kept answers', async () => {
    window.localStorage.setItem(
      'maturity.pendingAnswers.ivan.a1',
      JSON.stringify({
        L2: { draft: { optionKey: 'none', notApplicable: false, comment: '', evidenceUrl: '' }, baseRevision: 0 },
      }),
    );
    const { puts } = stubApi((put) => echo(put, 1));
    renderWithProviders(
      <RouterProvider
        router={createMemoryRouter([{ path: '/q', element: <QuestionnaireWizard assessmentId="a1" /> }], {
          initialEntries: ['/q'],
        })}
      />,
      { auth: fakeAuth({ user: { profile: { sub: 'marco' }, expired: false } as unknown as User }) },
    );
    const region = await screen.findByRole('region', { name: 'Do you act on what you hear?' });
    expect(within(region).getByRole('radio', { name: 'Not at all' })).not.toBeChecked();
    expect(puts).toHaveLength(0);
  });

  it('resumes at the step of the first unanswered question', async () => {
    const data = questionnaire();
    data.dimensions[0]!.questions[1]!.answer = savedAnswer('L2');
    stubApi(() => new Response(null, { status: 500 }), { data });

    renderWizard();

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Step 2 of 3: Internal collaboration' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Internal collaboration' })).toHaveAttribute('aria-current', 'step');
  });

  it('lists the unanswered questions in the summary, links back to their step, and submits', async () => {
    const { requests } = stubApi(() => new Response(null, { status: 500 }), {
      extra: [
        {
          method: 'POST',
          path: '/api/v1/assessments/a1/submit',
          respond: () =>
            jsonResponse({ submittedAt: '2026-11-23T10:00:00Z', answered: 1, total: 3, unanswered: ['L2', 'C1'] }),
        },
      ],
    });
    const { user } = renderWizard();
    await screen.findByRole('heading', { level: 2, name: 'Step 1 of 3: Social listening' });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Step 2 of 3: Internal collaboration' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Go to the summary' }));

    const list = screen.getByRole('list', { name: 'Questions without an answer' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Do you act on what you hear? (Social listening)',
      'Do teams share knowledge? (Internal collaboration)',
    ]);

    // a double click (both before React re-renders) submits once; the focus goes to the confirmation
    const submit = screen.getByRole('button', { name: 'Submit' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText('Thank you, your answers have been submitted.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByText('Thank you, your answers have been submitted.').closest('[role="status"]')).toHaveFocus(),
    );

    await user.click(links[0]!);
    expect(screen.getByRole('heading', { level: 2, name: 'Step 1 of 3: Social listening' })).toHaveFocus();
    expect(screen.getByRole('radiogroup', { name: 'Do you act on what you hear?' })).toBeInTheDocument();
  });

  it('shows a closed assessment read-only, with a note', async () => {
    stubApi(() => new Response(null, { status: 500 }), { data: questionnaire({ status: 'CLOSED' }) });

    renderWizard();

    expect(await screen.findByText(/This assessment is closed/)).toBeInTheDocument();
    screen.getAllByRole('radio').forEach((radio) => expect(radio).toBeDisabled());
    expect(
      within(screen.getByRole('radiogroup', { name: 'Do you monitor conversations?' })).getByRole('radio', {
        name: 'In some teams',
      }),
    ).toBeChecked();
  });

  it('tells the respondent at the start that an anonymous assessment hides whose answers are whose, in English and Italian', async () => {
    stubApi(echo, { data: questionnaire({ anonymous: true }) });
    const { unmount } = renderWizard();
    const note = await screen.findByRole('note');
    expect(within(note).getByText('Anonymous assessment')).toBeInTheDocument();
    expect(note).toHaveTextContent('Nobody, not even your administrators, can see which answers are yours');
    // before the first question
    expect(note.compareDocumentPosition(screen.getAllByRole('radiogroup')[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    unmount();

    stubApi(echo, { data: questionnaire({ anonymous: true }) });
    renderWizard('it');
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Nessuno, nemmeno i tuoi amministratori, può vedere quali risposte sono tue',
    );
  });

  it('says nothing of anonymity when the assessment is not anonymous', async () => {
    stubApi(echo, { data: questionnaire({ anonymous: false }) });
    renderWizard();
    await screen.findAllByRole('radiogroup');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText('Anonymous assessment')).not.toBeInTheDocument();
  });
});
