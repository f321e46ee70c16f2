import { screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { routes } from './router';

/* Issue 23: each role's home says something true and useful; an address naming nothing is "page not found". */

const root = {
  id: 'p1',
  email: 'root@platform.example',
  name: 'Root',
  roles: ['platform-admin'],
  businessFunction: null,
  tenant: null,
};
const carla = {
  id: 'c1',
  email: 'carla.consultant@bright.example',
  name: 'Carla Consultant',
  roles: ['consultant'],
  businessFunction: null,
  tenant: { id: 'bright', name: 'Bright Advisors', kind: 'CONSULTANCY' },
};
const marco = {
  id: 'm1',
  email: 'marco.marketing@acme.example',
  name: 'Marco Marketing',
  roles: ['respondent'],
  businessFunction: 'marketing',
  tenant: { id: 'acme', name: 'Acme Manufacturing', kind: 'COMPANY' },
};
const anna = { ...marco, id: 'a1', name: 'Anna Admin', roles: ['tenant-admin'] };

const summary = (patch: Record<string, unknown>) => ({
  id: '7',
  title: 'Autumn 2026',
  status: 'OPEN',
  framework: { key: 'socially-enabled', version: 1 },
  createdAt: '2026-11-01T10:00:00Z',
  openedAt: '2026-11-02T10:00:00Z',
  closedAt: null,
  progress: null,
  respondent: true,
  mine: null,
  ...patch,
});

function renderAt(path: string, language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

describe('the homes of each role', () => {
  it('leads a platform administrator to the tenants, without asking for assessments (no error)', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse(root) }]);

    renderAt('/');

    expect(await screen.findByRole('link', { name: 'Manage the tenants' })).toHaveAttribute(
      'href',
      '/platform/tenants',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/v1/me']);
  });

  it('shows a consultant the pending access offers and where to accept them', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(carla) },
      {
        path: '/api/v1/engagements',
        respond: () =>
          jsonResponse([
            {
              id: 3,
              company: { alias: 'acme', name: 'Acme Manufacturing', industry: null, sizeBand: null, country: 'IT' },
              status: 'PENDING',
              allAssessments: true,
              assessments: [],
              grantedAt: '2026-11-20T10:00:00Z',
              acceptedAt: null,
            },
            {
              id: 4,
              company: { alias: 'globex', name: 'Globex Retail', industry: null, sizeBand: null, country: null },
              status: 'ACTIVE',
              allAssessments: true,
              assessments: [],
              grantedAt: '2026-10-20T10:00:00Z',
              acceptedAt: '2026-10-21T10:00:00Z',
            },
          ]),
      },
    ]);

    renderAt('/');

    const offers = await screen.findByRole('region', { name: 'Access offered to your consultancy' });
    expect(await within(offers).findByText('Acme Manufacturing, offered on Nov 20, 2026')).toBeInTheDocument();
    expect(within(offers).queryByText(/Globex/)).not.toBeInTheDocument();
    expect(within(offers).getByRole('link', { name: 'Open the Portfolio to accept or decline' })).toHaveAttribute(
      'href',
      '/portfolio',
    );
    expect(screen.queryByText(/no assessments for you yet/)).not.toBeInTheDocument();
  });

  it('shows a respondent their own progress and whether they submitted, in Italian too', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(marco) },
      {
        path: '/api/v1/assessments',
        respond: () =>
          jsonResponse({
            items: [
              summary({ mine: { answered: 4, questions: 12, submittedAt: null } }),
              summary({
                id: '8',
                title: 'Spring 2026',
                mine: { answered: 12, questions: 12, submittedAt: '2026-11-25T09:00:00Z' },
              }),
            ],
            page: 0,
            size: 20,
            total: 2,
          }),
      },
    ]);

    renderAt('/', 'it');

    expect(await screen.findByText('Hai risposto a 4 domande su 12 · non ancora inviato')).toBeInTheDocument();
    expect(screen.getByText('Hai risposto a 12 domande su 12 · inviato il 25 nov 2026')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Continua il questionario/ })).toHaveLength(2);
  });
});

describe('an address that names nothing', () => {
  it('shows "page not found" for /assessments/abc/manage, never the server’s conversion message', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(anna) },
      {
        path: '/api/v1/assessments/abc',
        respond: () =>
          problemResponse({
            type: 'https://socialmaturity.io/problems/invalid-request',
            title: 'Invalid request',
            status: 400,
            detail: 'Failed to convert argument [id] for value [abc]',
            violations: [{ field: 'id', message: 'is not a valid value' }],
          }),
      },
    ]);

    renderAt('/assessments/abc/manage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.queryByText(/convert/)).not.toBeInTheDocument();
  });

  it('shows "page not found" for the results of an assessment the API does not know', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(marco) },
      {
        path: '/api/v1/assessments/999/results',
        respond: () => problemResponse({ title: 'Not Found', status: 404, detail: 'Assessment 999 was not found.' }),
      },
    ]);

    renderAt('/assessments/999/results', 'it');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeInTheDocument();
  });
});
