import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '@/features/audit/api/get-audit';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { AuditPage, dayStart } from './audit-page';

vi.mock('@/lib/save-file', () => ({ saveFile: vi.fn() }));

const events = [
  {
    id: 2,
    occurredAt: '2026-12-07T10:00:00Z',
    actorId: '11111111-0000-4000-8000-000000000001',
    actorName: 'Anna Admin',
    action: 'assessment.created',
    entityType: 'assessment',
    entityId: '42',
    details: { title: 'Q4 review' },
  },
  {
    id: 1,
    occurredAt: '2026-12-06T09:00:00Z',
    actorId: 'system',
    actorName: 'system: mail sender',
    action: 'mail.sent',
    entityType: 'mail',
    entityId: '7',
    details: {},
  },
] as unknown as AuditEvent[];
const page = (items: AuditEvent[]) => ({ items, page: 0, size: 25, total: items.length });
const facets = { actions: ['assessment.created', 'mail.sent'], entityTypes: ['assessment', 'mail'] };
const params = (r: Request) => Object.fromEntries(new URL(r.url).searchParams);

describe('the audit trail screen', () => {
  it('lists the trail and narrows it by action, person and days', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/audit',
        respond: (r) => jsonResponse(page(params(r).action === 'mail.sent' ? [events[1]!] : events)),
      },
      { path: '/api/v1/audit/facets', respond: () => jsonResponse(facets) },
    ]);
    const { user } = renderWithProviders(<AuditPage />);
    const table = await screen.findByRole('table', { name: 'Audit trail (2 in total)' });
    const created = within(table).getByRole('row', { name: /assessment\.created/ });
    expect(created).toHaveTextContent('Anna Admin');
    expect(created).toHaveTextContent('assessment 42');
    expect(created).toHaveTextContent('title: Q4 review');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Action' }), 'mail.sent');
    expect(await screen.findByRole('table', { name: 'Audit trail (1 in total)' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Person'), 'Anna');
    await user.type(screen.getByLabelText('From (day)'), '2026-12-01');
    await user.type(screen.getByLabelText('To (day, included)'), '2026-12-07');
    await waitFor(() =>
      expect(requests.map(params)).toContainEqual(
        expect.objectContaining({
          action: 'mail.sent',
          person: 'Anna',
          from: dayStart('2026-12-01'),
          to: dayStart('2026-12-08'),
          page: '0',
        }),
      ),
    );
  });

  it('shows the server’s violation for a bad range and downloads the selection, in Italian', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/audit',
        respond: (r) =>
          params(r).to && params(r).from && params(r).to! < params(r).from!
            ? new Response(
                JSON.stringify({
                  status: 400,
                  type: 'https://social-maturity.example/problems/invalid-request',
                  title: 'Richiesta non valida',
                  violations: [{ field: 'to', message: "non può essere prima dell'inizio (from)" }],
                }),
                { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'it' } },
              )
            : jsonResponse(page(events)),
      },
      { path: '/api/v1/audit/facets', respond: () => jsonResponse(facets) },
      {
        path: '/api/v1/audit/export.csv',
        respond: () =>
          new Response('occurredAt\r\n', {
            headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit-trail.csv"' },
          }),
      },
    ]);
    const { user } = renderWithProviders(<AuditPage />, { language: 'it' });
    expect(await screen.findByRole('table', { name: 'Registro delle attività (2 in tutto)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Scarica CSV' }));
    await waitFor(() => expect(requests.some((r) => new URL(r.url).pathname.endsWith('/export.csv'))).toBe(true));
    const { saveFile } = await import('@/lib/save-file');
    await waitFor(() => expect(saveFile).toHaveBeenCalled());

    await user.type(screen.getByLabelText('Dal (giorno)'), '2026-12-07');
    await user.type(screen.getByLabelText('Al (giorno, incluso)'), '2026-12-01');
    expect(await screen.findByText(/non può essere prima dell'inizio/)).toBeInTheDocument();
  });

  it('turns a day into the start of that day in the browser’s zone', () => {
    expect(dayStart('')).toBe('');
    expect(dayStart('garbage')).toBe('');
    expect(new Date(dayStart('2026-12-01')).getDate()).toBe(1);
    expect(new Date(dayStart('2026-12-31', 1)).getMonth()).toBe(0);
  });
});
