import { screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { fakeAuth, renderWithProviders, TEST_ACCESS_TOKEN } from '@/testing/test-utils';
import { AppRoot } from './app';
import { routes } from './router';

const anna = {
  id: '5b0f2e36-4c1a-4f7e-9a43-0a4d8f7e1c11',
  email: 'anna.admin@acme.example',
  name: 'Anna Admin',
  roles: ['tenant-admin'],
  businessFunction: 'executive',
  tenant: { id: 'acme', name: 'Acme Manufacturing', kind: 'COMPANY' },
};

const noAssessments = {
  path: '/api/v1/assessments',
  respond: () => jsonResponse({ items: [], page: 0, size: 20, total: 0 }),
};

function renderAt(path: string, language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

describe('the signed-in app', () => {
  it('shows who is signed in, from /api/v1/me', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse(anna) }, noAssessments]);

    renderAt('/');

    expect(await screen.findByText('Signed in as Anna Admin of Acme Manufacturing')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();

    const banner = screen.getByRole('banner');
    const user = within(banner).getByRole('region', { name: 'Signed-in user' });
    expect(within(user).getByText('Anna Admin')).toBeInTheDocument();
    expect(within(user).getByText(/Acme Manufacturing/)).toHaveTextContent('Acme Manufacturing (Company)');
    expect(within(user).getByRole('list', { name: 'Roles' })).toHaveTextContent('Organization administrator');
    expect(within(banner).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${TEST_ACCESS_TOKEN}`);
  });

  it('offers tenant administrators a new assessment, and opens its management page, loaded on demand', async () => {
    const created = {
      id: 'n1',
      title: 'Spring 2027',
      status: 'DRAFT',
      framework: { key: 'social-maturity', version: '1' },
      createdAt: '2026-11-23T10:00:00Z',
      openedAt: null,
      closedAt: null,
      targets: {},
      respondents: [],
      progress: { respondents: 0, submitted: 0, answers: 0, expectedAnswers: 0 },
    };
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(anna) },
      noAssessments,
      { method: 'POST', path: '/api/v1/assessments', respond: () => jsonResponse(created, { status: 201 }) },
      { path: '/api/v1/assessments/n1', respond: () => jsonResponse(created) },
      {
        path: '/api/v1/frameworks/social-maturity/versions/1',
        respond: () =>
          jsonResponse({
            key: 'social-maturity',
            version: '1',
            language: 'en',
            title: 'Social Maturity',
            levels: [],
            dimensions: [],
          }),
      },
      { path: '/api/v1/users', respond: () => jsonResponse({ items: [], page: 0, size: 50, total: 0 }) },
    ]);
    const { user } = renderAt('/');

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Spring 2027');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Spring 2027' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open for answers' })).toBeInTheDocument();
  });

  it('links tenant administrators to their users and company sign-in, and opens the users page on demand', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(anna) },
      noAssessments,
      {
        path: '/api/v1/users',
        respond: () =>
          jsonResponse({
            items: [
              {
                id: anna.id,
                email: anna.email,
                firstName: 'Anna',
                lastName: 'Admin',
                name: 'Anna Admin',
                businessFunction: 'executive',
                roles: ['tenant-admin'],
                enabled: true,
                emailVerified: true,
                pendingActions: [],
                otherTenants: false,
                source: 'PRODUCT',
                createdAt: null,
              },
            ],
            page: 0,
            size: 20,
            total: 1,
          }),
      },
    ]);
    const { user } = renderAt('/');
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Main' });

    expect(await within(nav).findByRole('link', { name: 'Company sign-in' })).toHaveAttribute('href', '/settings/sso');
    expect(within(nav).queryByRole('link', { name: 'Tenants' })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Users' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Anna Admin/ });
    expect(row).toHaveTextContent('you');
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute('aria-current', 'page');
  });

  it('links platform administrators to the tenants, and keeps tenant pages from them', async () => {
    const root = {
      ...anna,
      id: 'root',
      email: 'root@platform.example',
      name: 'Root',
      roles: ['platform-admin'],
      tenant: null,
    };
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(root) },
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse({ items: [], page: 0, size: 20, total: 0 }) },
    ]);
    const { user } = renderAt('/users');

    expect(
      await screen.findByText("Only your organization's administrators can manage its users and sign-in."),
    ).toBeInTheDocument();
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Tenants' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tenants' })).toBeInTheDocument();
    expect(await screen.findByText('There are no tenants yet.')).toBeInTheDocument();
  });

  it('offers no management to users who are not tenant administrators', async () => {
    stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse({ ...anna, roles: ['respondent'] }) }, noAssessments]);
    renderAt('/assessments/a1/manage');

    expect(await screen.findByText('Only organization administrators can manage assessments.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create' })).not.toBeInTheDocument();
  });

  it('shows the server’s problem when /api/v1/me is refused', async () => {
    stubFetch([
      {
        path: '/api/v1/me',
        respond: () => problemResponse({ title: 'Forbidden', status: 403, detail: 'Your organization is not active.' }),
      },
      noAssessments,
    ]);

    renderAt('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your profile could not be loaded.');
    expect(alert).toHaveTextContent('Your organization is not active.');
  });

  it('shows a deep link it does not know as "not found", inside the shell', async () => {
    stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse(anna) }, noAssessments]);

    renderAt('/assessments/42');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /assessments/42.')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(await within(screen.getByRole('banner')).findByText('Anna Admin')).toBeInTheDocument();
  });

  it('opens the results page from a deep link, loaded on demand, and shows a refusal', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse(anna) },
      {
        path: '/api/v1/assessments/a9/results',
        respond: () =>
          problemResponse({ title: 'Forbidden', status: 403, detail: 'The results are shown once it is closed.' }),
      },
    ]);

    renderAt('/assessments/a9/results');

    expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The results could not be loaded.');
    expect(alert).toHaveTextContent('The results are shown once it is closed.');
    expect(screen.getByRole('link', { name: 'Back to your assessments' })).toHaveAttribute('href', '/');
  });

  it('lists the assessments on the home page and opens the questionnaire, loaded on demand', async () => {
    stubFetch([
      { path: '/api/v1/me', respond: () => jsonResponse({ ...anna, roles: ['respondent'] }) },
      {
        path: '/api/v1/assessments',
        respond: () =>
          jsonResponse({
            items: [
              {
                id: 'a1',
                title: 'Autumn 2026',
                status: 'OPEN',
                framework: { key: 'social-maturity', version: '1' },
                createdAt: '2026-09-01T08:00:00Z',
                openedAt: '2026-10-02T08:00:00Z',
                closedAt: null,
                progress: null,
                respondent: true,
              },
            ],
            page: 0,
            size: 20,
            total: 1,
          }),
      },
      {
        path: '/api/v1/assessments/a1/questionnaire',
        respond: () =>
          jsonResponse({
            assessmentId: 'a1',
            title: 'Autumn 2026',
            status: 'OPEN',
            language: 'en',
            businessFunction: 'marketing',
            notApplicableLabel: 'Not applicable',
            submittedAt: null,
            progress: { answered: 0, total: 1 },
            dimensions: [
              {
                key: 'listening',
                name: 'Social listening',
                description: null,
                businessArea: 'marketing',
                questions: [
                  {
                    key: 'L1',
                    title: 'Do you monitor conversations?',
                    text: '',
                    help: null,
                    options: [{ key: 'yes', label: 'Yes' }],
                    answer: null,
                  },
                ],
              },
            ],
          }),
      },
    ]);
    const { user } = renderAt('/');

    const assessments = await screen.findByRole('region', { name: 'Your assessments' });
    await user.click(await within(assessments).findByRole('link', { name: 'Answer the questionnaire' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn 2026' })).toBeInTheDocument();
    expect(await screen.findByRole('radiogroup', { name: 'Do you monitor conversations?' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  it('switches the language, remembers it and sets <html lang>', async () => {
    stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse(anna) }, noAssessments]);
    const { user } = renderAt('/');
    expect(await screen.findByText('Signed in as Anna Admin of Acme Manufacturing')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Italiano');

    expect(await screen.findByText('Accesso effettuato come Anna Admin di Acme Manufacturing')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ti diamo il benvenuto' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Esci' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Lingua' })).toHaveValue('it');
    expect(document.documentElement.lang).toBe('it');
    expect(window.localStorage.getItem('social-maturity.language')).toBe('it');
  });

  it('signs out at the identity provider and forgets the cached data', async () => {
    stubFetch([{ path: '/api/v1/me', respond: () => jsonResponse(anna) }, noAssessments]);
    const { user, auth, queryClient } = renderAt('/');
    await screen.findByText('Signed in as Anna Admin of Acme Manufacturing');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(auth.signoutRedirect).toHaveBeenCalledOnce();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});

describe('the signed-out app', () => {
  it('shows the landing page with a sign-in button', () => {
    renderWithProviders(<AppRoot />, { auth: fakeAuth({ isAuthenticated: false }) });

    expect(
      screen.getByRole('heading', { level: 1, name: 'How socially enabled is your company?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('says so while the session is being restored', () => {
    renderWithProviders(<AppRoot />, { auth: fakeAuth({ isAuthenticated: false, isLoading: true }) });

    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });
});
