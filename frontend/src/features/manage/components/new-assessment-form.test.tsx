import { screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { NewAssessmentForm } from './new-assessment-form';

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

const frameworks = [
  {
    key: 'collaboration-pulse',
    version: 1,
    title: 'Collaboration pulse',
    description: 'Three questions',
    latest: true,
  },
  { key: 'socially-enabled', version: 1, title: 'Socially-enabled enterprise', description: 'Full', latest: true },
];

const frameworksRoute = { method: 'GET', path: '/api/v1/frameworks', respond: () => jsonResponse(frameworks) };

const posted = (requests: Request[]) => requests.find((r) => r.method === 'POST')!;

function renderForm(language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter(
    [
      { path: '/', element: <NewAssessmentForm /> },
      { path: '/assessments/:id/manage', element: <p>Manage page</p> },
    ],
    { initialEntries: ['/'] },
  );
  return { router, ...renderWithProviders(<RouterProvider router={router} />, { language }) };
}

describe('the new assessment form', () => {
  it('creates the assessment and opens its management page', async () => {
    const { requests } = stubFetch([
      frameworksRoute,
      { method: 'POST', path: '/api/v1/assessments', respond: () => jsonResponse(created, { status: 201 }) },
    ]);
    const { user, router } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Spring 2027');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Manage page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/assessments/n1/manage');
    expect(await posted(requests).json()).toEqual({ title: 'Spring 2027', anonymous: false });
  });

  it('creates a quarterly collaboration pulse that repeats on the latest framework version', async () => {
    const { requests } = stubFetch([
      frameworksRoute,
      { method: 'POST', path: '/api/v1/assessments', respond: () => jsonResponse(created, { status: 201 }) },
    ]);
    const { user } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Pulse');
    const framework = await screen.findByRole('combobox', { name: 'Framework' });
    expect(screen.getByRole('option', { name: 'Socially-enabled enterprise (full assessment)' })).toBeInTheDocument();
    await user.selectOptions(framework, 'collaboration-pulse');
    // the pulse suggests every 3 months
    expect(screen.getByRole('combobox', { name: 'Repeat' })).toHaveValue('3');
    expect(framework).toHaveAccessibleDescription(/every 3 months between full assessments/);
    expect(screen.getByRole('checkbox', { name: /Keep this framework version/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Manage page')).toBeInTheDocument();
    expect(await posted(requests).json()).toEqual({
      title: 'Pulse',
      frameworkKey: 'collaboration-pulse',
      repeatEveryMonths: 3,
      pinFrameworkVersion: false,
      anonymous: false,
    });
  });

  it('shows the violation on the repeat interval next to its field', async () => {
    stubFetch([
      frameworksRoute,
      {
        method: 'POST',
        path: '/api/v1/assessments',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'repeatEveryMonths', message: 'must be less than or equal to 24' }],
          }),
      },
    ]);
    const { user } = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Yearly');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), '12');
    await user.click(screen.getByRole('checkbox', { name: /Keep this framework version/ }));
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const repeat = screen.getByRole('combobox', { name: 'Repeat' });
    expect(await screen.findByText('must be less than or equal to 24')).toBeInTheDocument();
    expect(repeat).toHaveAttribute('aria-invalid', 'true');
    expect(repeat).toHaveAccessibleDescription(/must be less than or equal to 24/);
  });

  it('shows the violation on the title next to the field', async () => {
    stubFetch([
      {
        method: 'POST',
        path: '/api/v1/assessments',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'title', message: 'must not be blank' }],
          }),
      },
    ]);
    const { user, router } = renderForm();

    // empty: flagged at once, nothing sent
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('This field is required.');

    // the server refuses a title of spaces
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(await screen.findByText('must not be blank')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('must not be blank');
    expect(router.state.location.pathname).toBe('/');
  });

  it('creates an anonymous assessment when the box is ticked, and explains what that means', async () => {
    const { requests } = stubFetch([
      frameworksRoute,
      {
        method: 'POST',
        path: '/api/v1/assessments',
        respond: () => jsonResponse({ ...created, anonymous: true }, { status: 201 }),
      },
    ]);
    const { user } = renderForm();

    const box = screen.getByRole('checkbox', { name: 'Anonymous assessment' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/Nobody, not even administrators or consultants, will see which answers/);
    expect(box).toHaveAccessibleDescription(/fixed once the assessment opens/);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Pulse');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await screen.findByText('Manage page');
    expect(await posted(requests).json()).toEqual({ title: 'Pulse', anonymous: true });
  });

  it('speaks Italian', () => {
    stubFetch([]);
    renderForm('it');
    expect(screen.getByRole('checkbox', { name: 'Valutazione anonima' })).toHaveAccessibleDescription(
      /Nessuno, nemmeno gli amministratori o i consulenti/,
    );
    expect(screen.getByRole('textbox', { name: 'Titolo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Crea' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ripeti' })).toHaveDisplayValue('Non si ripete');
  });
});
