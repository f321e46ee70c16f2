import { screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { AssessmentList } from './assessment-list';

const base = {
  framework: { key: 'social-maturity', version: '1' },
  createdAt: '2026-09-01T08:00:00Z',
  openedAt: '2026-10-02T08:00:00Z',
  closedAt: null,
  progress: null,
};

function renderList(language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter([{ path: '/', element: <AssessmentList /> }], { initialEntries: ['/'] });
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

describe('the list of assessments', () => {
  it('groups the assessments by status and links the open ones to their questionnaire', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/assessments',
        respond: () =>
          jsonResponse({
            items: [
              { ...base, id: 'a1', title: 'Autumn 2026', status: 'OPEN', respondent: true },
              {
                ...base,
                id: 'a2',
                title: 'Spring 2026',
                status: 'CLOSED',
                closedAt: '2026-05-30T16:00:00Z',
                respondent: true,
                progress: { respondents: 4, submitted: 3, answers: 70, expectedAnswers: 80 },
              },
              { ...base, id: 'a3', title: 'Not mine', status: 'OPEN', respondent: false },
            ],
            page: 0,
            size: 20,
            total: 3,
          }),
      },
    ]);

    renderList();

    const open = await screen.findByRole('region', { name: 'Open' });
    const link = within(open).getByRole('link', { name: 'Answer the questionnaire' });
    expect(link).toHaveAttribute('href', '/assessments/a1/questionnaire');
    expect(link).toHaveAccessibleDescription('Autumn 2026');
    expect(within(open).getByText('Not mine')).toBeInTheDocument();
    expect(within(open).getAllByRole('link')).toHaveLength(1);
    expect(within(open).getAllByText('Open since Oct 2, 2026')).toHaveLength(2);

    const closed = screen.getByRole('region', { name: 'Closed' });
    expect(within(closed).getByText('Spring 2026')).toBeInTheDocument();
    expect(within(closed).getByText('Closed on May 30, 2026')).toBeInTheDocument();
    expect(within(closed).getByText('3 of 4 respondents submitted · 70 of 80 answers given')).toBeInTheDocument();
    expect(within(closed).getByRole('link', { name: 'View your answers' })).toHaveAttribute(
      'href',
      '/assessments/a2/questionnaire',
    );

    expect(new URL(requests[0]!.url).search).toBe('?page=0&size=20');
  });

  it('links the results: once closed for anyone invited, while open for administrators', async () => {
    stubFetch([
      {
        path: '/api/v1/assessments',
        respond: () =>
          jsonResponse({
            items: [
              { ...base, id: 'o1', title: 'Open, answering', status: 'OPEN', respondent: true },
              {
                ...base,
                id: 'o2',
                title: 'Open, administering',
                status: 'OPEN',
                respondent: false,
                progress: { respondents: 4, submitted: 1, answers: 20, expectedAnswers: 80 },
              },
              { ...base, id: 'c1', title: 'Closed, answered', status: 'CLOSED', respondent: true },
            ],
            page: 0,
            size: 20,
            total: 3,
          }),
      },
    ]);

    renderList();

    const open = await screen.findByRole('region', { name: 'Open' });
    const openResults = within(open).getAllByRole('link', { name: 'View the results' });
    expect(openResults).toHaveLength(1);
    expect(openResults[0]).toHaveAttribute('href', '/assessments/o2/results');
    expect(openResults[0]).toHaveAccessibleDescription('Open, administering');

    const closed = screen.getByRole('region', { name: 'Closed' });
    expect(within(closed).getByRole('link', { name: 'View the results' })).toHaveAttribute(
      'href',
      '/assessments/c1/results',
    );

    // Only administrators (who see the progress) manage an assessment.
    const manage = screen.getAllByRole('link', { name: 'Manage' });
    expect(manage).toHaveLength(1);
    expect(manage[0]).toHaveAttribute('href', '/assessments/o2/manage');
    expect(manage[0]).toHaveAccessibleDescription('Open, administering');
  });

  it('formats dates in the UI language', async () => {
    stubFetch([
      {
        path: '/api/v1/assessments',
        respond: () =>
          jsonResponse({
            items: [{ ...base, id: 'a1', title: 'Autunno 2026', status: 'OPEN', respondent: true }],
            page: 0,
            size: 20,
            total: 1,
          }),
      },
    ]);

    renderList('it');

    expect(await screen.findByRole('link', { name: 'Rispondi al questionario' })).toBeInTheDocument();
    expect(screen.getByText('Aperta dal 2 ott 2026')).toBeInTheDocument();
  });

  it('says so when there is nothing to answer', async () => {
    stubFetch([
      { path: '/api/v1/assessments', respond: () => jsonResponse({ items: [], page: 0, size: 20, total: 0 }) },
    ]);

    renderList();

    expect(await screen.findByText(/There are no assessments for you yet/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('tells a respondent which assessments are anonymous before they answer, in English and Italian', async () => {
    for (const language of ['en', 'it'] as const) {
      stubFetch([
        {
          path: '/api/v1/assessments',
          respond: () =>
            jsonResponse({
              items: [
                { ...base, id: 'a1', title: 'Pulse', status: 'OPEN', respondent: true, anonymous: true },
                { ...base, id: 'a2', title: 'Named', status: 'OPEN', respondent: true, anonymous: false },
              ],
              page: 0,
              size: 20,
              total: 2,
            }),
        },
      ]);
      const { unmount } = renderList(language);
      const text =
        language === 'en'
          ? 'Anonymous: nobody, not even your administrators, can see which answers are yours.'
          : 'Anonima: nessuno, nemmeno i tuoi amministratori, può vedere quali risposte sono tue.';
      const notice = await screen.findByText(text);
      expect(notice.closest('li')).toHaveTextContent('Pulse');
      expect(screen.getAllByText(text)).toHaveLength(1);
      unmount();
    }
  });
});
