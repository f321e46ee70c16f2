import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { TenantView } from '@/features/tenants/api/get-tenants';
import type { PlatformEvent } from '@/features/tenants/api/get-platform-audit';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { acme, page } from '@/features/tenants/testing/tenant-fixtures';
import { PlatformActivityPage } from './platform-activity-page';
import { TenantsPage } from './tenants-page';

const pendingAcme: TenantView = { ...acme, status: 'DISABLED', deletionDueAt: '2027-01-07T10:00:00Z' };

const render = (language: 'en' | 'it' = 'en') =>
  renderWithProviders(
    <MemoryRouter>
      <TenantsPage />
    </MemoryRouter>,
    { language },
  );

describe('deleting a tenant', () => {
  it('asks for the alias, then requests the deletion and shows when it happens', async () => {
    let deleted = false;
    const { requests } = stubFetch([
      {
        path: '/api/v1/platform/tenants',
        respond: () => jsonResponse(page([deleted ? pendingAcme : acme])),
      },
      {
        path: '/api/v1/platform/tenants/acme',
        method: 'DELETE',
        respond: () => {
          deleted = true;
          return jsonResponse(pendingAcme, { status: 202 });
        },
      },
    ]);
    const { user } = render();
    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Manufacturing?' });
    expect(dialog).toHaveTextContent('everything is deleted for good');
    await user.type(within(dialog).getByLabelText('Type the alias acme to confirm'), 'acm');
    await user.click(within(dialog).getByRole('button', { name: 'Delete tenant' }));
    expect(within(dialog).getByText('Type the alias exactly as shown.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Type the alias acme to confirm'), 'e');
    await user.click(within(dialog).getByRole('button', { name: 'Delete tenant' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1));
    expect(
      await screen.findByText('Acme Manufacturing is disabled and will be deleted on Jan 7, 2027.'),
    ).toBeInTheDocument();
    const after = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    expect(await within(after).findByText('Deletion on Jan 7, 2027')).toBeInTheDocument();
    expect(within(after).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(within(after).getByRole('button', { name: 'Restore' })).toBeInTheDocument();
  });

  it('shows the conflict when the deletion was already requested elsewhere', async () => {
    stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      {
        path: '/api/v1/platform/tenants/acme',
        method: 'DELETE',
        respond: () =>
          problemResponse({
            status: 409,
            type: 'https://social-maturity.example/problems/tenant-deletion-pending',
            title: 'Deletion pending',
            detail: 'The tenant acme is to be deleted on 2027-01-07: restore it first.',
          }),
      },
    ]);
    const { user } = render();
    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.type(within(dialog).getByLabelText('Type the alias acme to confirm'), 'acme');
    await user.click(within(dialog).getByRole('button', { name: 'Delete tenant' }));
    expect(await within(dialog).findByText(/restore it first/)).toBeInTheDocument();
  });

  it('restores a tenant whose deletion is pending, in Italian', async () => {
    let restored = false;
    const { requests } = stubFetch([
      {
        path: '/api/v1/platform/tenants',
        respond: () => jsonResponse(page([restored ? acme : pendingAcme])),
      },
      {
        path: '/api/v1/platform/tenants/acme/restore',
        method: 'POST',
        respond: () => {
          restored = true;
          return jsonResponse(acme);
        },
      },
    ]);
    const { user } = render('it');
    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    expect(within(row).getByText('Eliminazione il 7 gen 2027')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Ripristina' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ripristinare Acme Manufacturing?' });
    expect(dialog).toHaveTextContent('prevista per il 7 gen 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Ripristina tenant' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await screen.findByText('Acme Manufacturing non sarà eliminato.')).toBeInTheDocument();
  });
});

describe('the platform activity', () => {
  const events = [
    {
      id: 3,
      occurredAt: '2026-12-08T09:00:00Z',
      actorId: 'system',
      actorName: 'system: tenant purge',
      action: 'tenant.purged',
      tenantAlias: 'globo',
      entityType: 'tenant',
      entityId: 'globo',
      details: { accounts: 2, apiClients: 1, identityProviders: 0, assessments: 4, rows: 120, organization: true },
    },
    {
      id: 2,
      occurredAt: '2026-11-08T09:00:00Z',
      actorId: 'u-root',
      actorName: 'Root Admin',
      action: 'tenant.deletion-requested',
      tenantAlias: 'globo',
      entityType: 'tenant',
      entityId: 'globo',
      details: { dueAt: '2026-12-08T09:00:00Z', wasDisabled: false },
    },
    {
      id: 1,
      occurredAt: '2026-11-01T09:00:00Z',
      actorId: 'u-root',
      actorName: 'Root Admin',
      action: 'some.new-thing',
      tenantAlias: null,
      entityType: 'x',
      entityId: 'y',
      details: {},
    },
  ] as unknown as PlatformEvent[];

  it('lists what happened with translated actions and details, and filters by tenant', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/platform/audit',
        respond: (r) => {
          const tenant = new URL(r.url).searchParams.get('tenant');
          return jsonResponse(page(tenant === 'nobody' ? [] : events));
        },
      },
    ]);
    const { user } = renderWithProviders(<PlatformActivityPage />);
    const table = await screen.findByRole('table', { name: 'Platform activity (3 in total)' });
    const purged = within(table).getByRole('row', { name: /Tenant deleted/ });
    expect(purged).toHaveTextContent('The platform (tenant purge)');
    expect(purged).toHaveTextContent('2 accounts deleted · 1 API clients deleted');
    expect(purged).toHaveTextContent('4 assessments · 120 rows');
    expect(within(table).getByRole('row', { name: /Deletion requested/ })).toHaveTextContent('Root Admin');
    expect(within(table).getByRole('row', { name: /some.new-thing/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Tenant alias'), 'nobody');
    expect(await screen.findByText('Nothing recorded for “nobody”.')).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).searchParams.get('tenant') === 'nobody')).toBe(true);
  });

  it('starts from the tenant of a History link', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/platform/audit', respond: () => jsonResponse(page(events)) }]);
    renderWithProviders(<PlatformActivityPage initialTenant="globo" />, { language: 'it' });
    expect(await screen.findByRole('table', { name: 'Attività della piattaforma (3 in tutto)' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Tenant eliminato/ })).toHaveTextContent('La piattaforma (tenant purge)');
    expect(new URL(requests.at(0)?.url ?? 'http://x/').searchParams.get('tenant')).toBe('globo');
  });
});
