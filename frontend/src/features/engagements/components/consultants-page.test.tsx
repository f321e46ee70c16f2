import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '@/features/engagements/api/get-engagements';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ConsultantsPage } from './consultants-page';

const bright = { alias: 'bright', name: 'Bright Advisors', industry: 'consulting', sizeBand: '10-49', country: 'IT' };
const acme = { alias: 'acme', name: 'Acme', industry: null, sizeBand: null, country: null };

const engagement = (status: Engagement['status']): Engagement => ({
  id: 7,
  company: acme,
  consultancy: bright,
  status,
  contribute: false,
  allAssessments: false,
  assessments: [{ id: 3, title: 'Spring 2026' }],
  grantedAt: '2026-11-20T10:00:00Z',
  acceptedAt: null,
  endedAt: null,
});

function stub(list: Engagement[]) {
  let engagements = list;
  return stubFetch([
    {
      path: '/api/v1/consultancies',
      respond: () => jsonResponse([{ alias: 'bright', name: 'Bright Advisors', country: 'IT' }]),
    },
    {
      path: '/api/v1/assessments',
      respond: () => jsonResponse({ items: [{ id: '3', title: 'Spring 2026', status: 'CLOSED', closedAt: null }] }),
    },
    { path: '/api/v1/engagements', respond: () => jsonResponse(engagements) },
    {
      method: 'POST',
      path: '/api/v1/engagements',
      respond: () => {
        engagements = [engagement('PENDING')];
        return jsonResponse(engagements[0]);
      },
    },
    {
      method: 'DELETE',
      path: '/api/v1/engagements/7',
      respond: () => {
        engagements = [{ ...engagement('REVOKED'), endedAt: '2026-11-21T10:00:00Z' }];
        return jsonResponse(engagements[0]);
      },
    },
  ]);
}

describe('the consultants page', () => {
  it('gives a consultancy access to chosen assessments, then revokes it', async () => {
    const { requests } = stub([]);
    renderWithProviders(<ConsultantsPage />);

    expect(await screen.findByText('No consultancy has access to your results.')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Bright Advisors' });
    await userEvent.selectOptions(screen.getByLabelText('Consultancy'), 'bright');
    await userEvent.click(screen.getByRole('radio', { name: 'Only the assessments chosen below' }));
    await userEvent.click(screen.getByRole('button', { name: 'Give access' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one assessment.');

    await userEvent.click(await screen.findByRole('checkbox', { name: 'Spring 2026' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Let them propose actions for your action plan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Give access' }));
    expect(
      await screen.findByText('Access offered to Bright Advisors: it is pending until they accept.'),
    ).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ consultancy: 'bright', assessmentIds: [3], contribute: true });

    const table = await screen.findByRole('table', { name: 'Consultancies and their access' });
    expect(
      within(table).getByRole('row', { name: /Bright Advisors Waiting for the consultancy Spring 2026/ }),
    ).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Revoke access of Bright Advisors' }));
    expect(await screen.findByText('Access of Bright Advisors revoked.')).toBeInTheDocument();
    expect(await within(table).findByText('Revoked')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('shows the server refusing a grant', async () => {
    stubFetch([
      {
        path: '/api/v1/consultancies',
        respond: () => jsonResponse([{ alias: 'bright', name: 'Bright Advisors', country: 'IT' }]),
      },
      { path: '/api/v1/assessments', respond: () => jsonResponse({ items: [] }) },
      { path: '/api/v1/engagements', respond: () => jsonResponse([]) },
      {
        method: 'POST',
        path: '/api/v1/engagements',
        respond: () =>
          problemResponse({
            status: 400,
            title: 'Invalid request',
            detail: 'no active consultancy with this alias',
            violations: [{ field: 'consultancy', message: 'no active consultancy with this alias' }],
          }),
      },
    ]);
    renderWithProviders(<ConsultantsPage />);
    await screen.findByRole('option', { name: 'Bright Advisors' });
    await userEvent.selectOptions(screen.getByLabelText('Consultancy'), 'bright');
    await userEvent.click(screen.getByRole('button', { name: 'Give access' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Access could not be given');
  });
});
