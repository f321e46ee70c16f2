import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Answer, Questionnaire } from '@/features/assessments';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import { LinkPage } from './link-page';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
const options = [
  { key: 'none', label: 'Not at all' },
  { key: 'all', label: 'Everywhere' },
];
const saved = (patch: Partial<Answer> = {}): Answer => ({
  questionKey: 'L1',
  optionKey: 'none',
  notApplicable: false,
  comment: null,
  evidenceUrl: null,
  revision: 1,
  updatedAt: '2026-11-20T10:00:00Z',
  ...patch,
});
const questionnaire = looseFixture<Questionnaire>({
  assessmentId: 7,
  title: 'Partner survey',
  status: 'OPEN',
  language: 'en',
  businessFunction: 'it',
  notApplicableLabel: 'Not applicable',
  submittedAt: null,
  progress: { answered: 0, total: 1 },
  dimensions: [
    {
      key: 'listening',
      name: 'Social listening',
      description: null,
      businessArea: 'marketing',
      questions: [{ key: 'L1', title: 'Do you listen?', text: '', help: null, options, answer: null }],
    },
  ],
});

function renderLink(language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter(
    [{ path: '/respond/:token', element: <LinkPage token={TOKEN} debounceMs={10} retryBaseMs={10} /> }],
    {
      initialEntries: [`/respond/${TOKEN}`],
    },
  );
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

describe('LinkPage', () => {
  it('opens the questionnaire of the link and autosaves through it, without a sign-in token', async () => {
    const puts: unknown[] = [];
    const { requests } = stubFetch([
      { path: `/api/v1/respond/${TOKEN}/questionnaire`, respond: () => jsonResponse(questionnaire) },
      {
        method: 'PUT',
        path: `/api/v1/respond/${TOKEN}/answers/L1`,
        respond: async (request) => {
          const body = (await request.json()) as { optionKey: string };
          puts.push(body);
          return jsonResponse(saved({ optionKey: body.optionKey, revision: 2 }));
        },
      },
    ]);
    const { user } = renderLink();
    expect(await screen.findByRole('heading', { name: 'Partner survey', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/without an account/)).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Do you listen?' });
    await user.click(within(region).getByRole('radio', { name: 'Everywhere' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
    expect(puts).toEqual([{ optionKey: 'all', baseRevision: 0 }]);
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
  });

  it('shows the conflict of the shared wizard: the current answer and "Keep mine"', async () => {
    let call = 0;
    stubFetch([
      { path: `/api/v1/respond/${TOKEN}/questionnaire`, respond: () => jsonResponse(questionnaire) },
      {
        method: 'PUT',
        path: `/api/v1/respond/${TOKEN}/answers/L1`,
        respond: () =>
          ++call === 1
            ? problemResponse({ title: 'Conflict', status: 409, extra: { current: saved({ revision: 4 }) } })
            : jsonResponse(saved({ optionKey: 'all', revision: 5 })),
      },
    ]);
    const { user } = renderLink();
    const region = await screen.findByRole('region', { name: 'Do you listen?' });
    await user.click(within(region).getByRole('radio', { name: 'Everywhere' }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Changed elsewhere');
    await user.click(within(region).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Saved'));
  });

  it('says in Italian that a dead link does not work, and shows nothing of any questionnaire', async () => {
    stubFetch([
      {
        path: `/api/v1/respond/${TOKEN}/questionnaire`,
        respond: () =>
          problemResponse({ type: 'https://x/problems/link-unavailable', title: 'Link non valido', status: 404 }),
      },
    ]);
    renderLink('it');
    expect(await screen.findByRole('alert')).toHaveTextContent('Questo link non funziona');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
