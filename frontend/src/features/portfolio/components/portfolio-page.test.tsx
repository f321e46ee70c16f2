import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/features/portfolio/api/get-comparison';
import type { Client } from '@/features/portfolio/api/get-portfolio';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ComparePage } from './compare-page';
import { PortfolioPage } from './portfolio-page';

const company = (alias: string, name: string) => ({ alias, name, industry: null, sizeBand: null, country: null });
const result = (id: number, overall: number, marketing: number, sales: number, rnd: number) => ({
  assessmentId: id,
  title: `Assessment ${id}`,
  frameworkKey: 'socially-enabled',
  frameworkVersion: 1,
  closedAt: '2026-11-20T10:00:00Z',
  overallScore: overall,
  overallLevel: 3,
  overallChange: null,
  sociallyEnabled: false,
  respondentCount: 2,
  dimensions: [
    { key: 'marketing', score: marketing, level: 3, change: null },
    { key: 'sales', score: sales, level: 2, change: null },
    { key: 'rnd', score: rnd, level: 2, change: null },
  ],
  kind: 'FULL' as const,
  figures: [],
  series: null,
});
const plan = (total: number, done: number, overdue: number) => ({ total, done, dropped: 0, overdue });
const clients: Client[] = [
  {
    clientId: 1,
    company: company('acme', 'Acme'),
    latest: result(11, 50, 60, 40, 30),
    plan: plan(4, 1, 2),
    contribute: true,
  },
  {
    clientId: 2,
    company: company('globex', 'Globex'),
    latest: result(12, 70, 80, 65, 55),
    plan: plan(0, 0, 0),
    contribute: false,
  },
  { clientId: 3, company: company('initech', 'Initech'), latest: null, plan: plan(2, 2, 0), contribute: false },
];
const framework = {
  key: 'socially-enabled',
  version: 1,
  language: 'en',
  title: 'Socially enabled',
  levels: [],
  dimensions: [
    { key: 'marketing', name: 'Marketing', businessArea: 'marketing', weight: 1, description: null, questions: [] },
    { key: 'sales', name: 'Sales', businessArea: 'sales', weight: 1, description: null, questions: [] },
    { key: 'rnd', name: 'Research', businessArea: 'rnd', weight: 1, description: null, questions: [] },
  ],
};

describe('the portfolio', () => {
  it('sorts clients, accepts an offer and opens the comparison of the chosen clients', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/engagements',
        respond: () =>
          jsonResponse([
            {
              id: 9,
              company: company('umbrella', 'Umbrella'),
              status: 'PENDING',
              allAssessments: true,
              assessments: [],
              grantedAt: '2026-11-20T10:00:00Z',
              acceptedAt: null,
            },
          ]),
      },
      { method: 'POST', path: '/api/v1/engagements/9/accept', respond: () => jsonResponse({}) },
      {
        path: '/api/v1/portfolio',
        respond: (r) => jsonResponse({ clients, sort: new URL(r.url).searchParams.get('sort'), order: 'asc' }),
      },
      { path: '/api/v1/frameworks/socially-enabled/versions/1', respond: () => jsonResponse(framework) },
    ]);
    const router = createMemoryRouter(
      [
        { path: '/portfolio', element: <PortfolioPage /> },
        { path: '/portfolio/compare', element: <p>compare page</p> },
      ],
      { initialEntries: ['/portfolio'] },
    );
    renderWithProviders(<RouterProvider router={router} />);

    const table = await screen.findByRole('table', { name: 'Clients and their latest closed result' });
    expect(within(table).getByRole('row', { name: /Initech No closed result shared yet/ })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: /^Overall/ }));
    expect(new URL(requests.at(-1)!.url).search).toBe('?sort=overall&order=desc');
    expect(within(table).getByRole('columnheader', { name: /Overall/ })).toHaveAttribute('aria-sort', 'descending');

    await userEvent.click(screen.getByRole('button', { name: 'Accept Umbrella' }));
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/engagements/9/accept'))).toBe(true);

    const compare = screen.getByRole('button', { name: 'Compare selected clients (0)' });
    expect(compare).toBeDisabled();
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Compare Globex' }));
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Compare Acme' }));
    await userEvent.click(screen.getByRole('button', { name: 'Compare selected clients (2)' }));
    expect(router.state.location.pathname).toBe('/portfolio/compare');
    expect(router.state.location.search).toBe('?clients=2,1');
  });

  it('compares clients with deltas to the first and to the median, and an overlaid radar', async () => {
    const comparison: Comparison = {
      clients: clients.slice(0, 2),
      rows: [
        {
          key: 'overall',
          median: null,
          values: [
            { clientId: 1, score: 50, deltaToFirst: 0, deltaToMedian: null },
            { clientId: 2, score: 70, deltaToFirst: 20, deltaToMedian: null },
          ],
        },
        {
          key: 'marketing',
          median: 55,
          values: [
            { clientId: 1, score: 60, deltaToFirst: 0, deltaToMedian: 5 },
            { clientId: 2, score: 80, deltaToFirst: 20, deltaToMedian: 25 },
          ],
        },
        {
          key: 'sales',
          median: null,
          values: [
            { clientId: 1, score: 40, deltaToFirst: 0, deltaToMedian: null },
            { clientId: 2, score: 65, deltaToFirst: 25, deltaToMedian: null },
          ],
        },
        {
          key: 'rnd',
          median: 50,
          values: [
            { clientId: 1, score: 30, deltaToFirst: 0, deltaToMedian: -20 },
            { clientId: 2, score: 55, deltaToFirst: 25, deltaToMedian: 5 },
          ],
        },
      ],
      benchmark: null,
    };
    const { requests } = stubFetch([
      { path: '/api/v1/portfolio/compare', respond: () => jsonResponse(comparison) },
      { path: '/api/v1/frameworks/socially-enabled/versions/1', respond: () => jsonResponse(framework) },
    ]);
    renderWithProviders(
      <RouterProvider
        router={createMemoryRouter([{ path: '/', element: <ComparePage clientIds={[1, 2]} /> }], {
          initialEntries: ['/'],
        })}
      />,
    );

    const table = await screen.findByRole('table', { name: 'Scores, difference to Acme and difference to the median' });
    expect(new URL(requests[0]!.url).search).toBe('?clients=1,2');
    expect(
      await within(table).findByRole('row', { name: 'Marketing 60 +5 vs median 80 +20 vs Acme +25 vs median 55' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Sales 40 65 +25 vs Acme Not enough data' })).toBeInTheDocument();
    // each client's action plan, overdue actions standing out, each a way to the plan
    expect(
      within(table).getByRole('row', {
        name: 'Action plan Action plan of Acme: 1 of 4 done 2 overdue Action plan of Globex: No actions yet —',
      }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Action plan of Acme: 1 of 4 done' })).toHaveAttribute(
      'href',
      '/portfolio/clients/1/plan',
    );
    const radar = screen.getByRole('img', { name: 'Scores per dimension of the compared clients' });
    expect(radar.querySelectorAll('polygon.radar__series')).toHaveLength(3); // two clients and the median
    // the comparison on screen can be downloaded
    expect(screen.getByRole('region', { name: 'Download this comparison' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Comparison (CSV)' })).toBeEnabled();
  });
});
