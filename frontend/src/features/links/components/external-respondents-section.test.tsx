import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExternalRespondent } from '@/features/links/api/external-respondents';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import { ExternalRespondentsSection } from './external-respondents-section';

const BASE = '/api/v1/assessments/9/external-respondents';
const paola = looseFixture<ExternalRespondent>({
  id: 3,
  respondentRef: 'external:3',
  name: 'Paola Partner',
  email: 'paola@partner.example',
  businessFunction: 'it',
  language: 'it',
  invitedAt: '2026-11-20T10:00:00Z',
  link: 'ACTIVE',
  linkCreatedAt: '2026-11-20T10:00:00Z',
  linkExpiresAt: '2026-12-20T10:00:00Z',
  expiresOn: null,
  mail: { status: 'QUEUED', attempts: 0, queuedAt: '2026-11-20T10:00:00Z', sentAt: null, lastError: null },
  answered: 2,
  questions: 10,
  submittedAt: null,
});

describe('ExternalRespondentsSection', () => {
  it('lists each respondent with link, mail and progress; revoking asks first', async () => {
    const posts: string[] = [];
    stubFetch([
      { path: BASE, respond: () => jsonResponse([paola]) },
      {
        method: 'POST',
        path: `${BASE}/3/revoke`,
        respond: (request) => {
          posts.push(new URL(request.url).pathname);
          return jsonResponse({ ...paola, link: 'REVOKED' });
        },
      },
    ]);
    const { user } = renderWithProviders(<ExternalRespondentsSection assessmentId="9" status="OPEN" />);
    const row = (await screen.findByText('Paola Partner')).closest('tr')!;
    expect(within(row).getByText(/Active until/)).toBeInTheDocument();
    expect(within(row).getByText(/Queued/)).toBeInTheDocument();
    expect(within(row).getByText(/2 of 10 answered/)).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Revoke link' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Revoke the link of Paola Partner?' });
    expect(posts).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Revoke link' }));
    await waitFor(() => expect(posts).toEqual([`${BASE}/3/revoke`]));
  });

  it('flags the required fields, then shows the server naming the email', async () => {
    const bodies: unknown[] = [];
    stubFetch([
      { path: BASE, respond: () => jsonResponse([]) },
      {
        method: 'POST',
        path: BASE,
        respond: async (request) => {
          bodies.push(await request.json());
          return problemResponse({
            title: 'Email has an account',
            status: 409,
            violations: [{ field: 'email', message: 'belongs to an account of another organization' }],
          });
        },
      },
    ]);
    const { user } = renderWithProviders(<ExternalRespondentsSection assessmentId="9" status="DRAFT" />);
    expect(await screen.findByText('No respondents without an account yet.')).toBeInTheDocument();
    expect(screen.getByText('The personal link is emailed when the assessment opens.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add and send link' }));
    expect(bodies).toEqual([]);
    expect(screen.getAllByText('is required')).toHaveLength(3);

    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'gio@globex.example');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Gio');
    await user.selectOptions(screen.getByRole('combobox', { name: /Business function/ }), 'marketing');
    await user.selectOptions(screen.getByRole('combobox', { name: /Language of the email/ }), 'it');
    await user.click(screen.getByRole('button', { name: 'Add and send link' }));
    expect(await screen.findByText('belongs to an account of another organization')).toBeInTheDocument();
    expect(bodies).toEqual([
      { email: 'gio@globex.example', name: 'Gio', businessFunction: 'marketing', language: 'it' },
    ]);
    expect(screen.getByRole('textbox', { name: /Email/ })).toHaveAccessibleDescription(
      'belongs to an account of another organization',
    );
  });
});
