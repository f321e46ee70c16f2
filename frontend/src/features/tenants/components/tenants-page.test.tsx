import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TenantView } from '@/features/tenants/api/get-tenants';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { aliasFrom } from './create-tenant-form';
import { TenantsPage } from './tenants-page';

const acme: TenantView = {
  alias: 'acme',
  name: 'Acme Manufacturing',
  kind: 'COMPANY',
  industry: 'manufacturing',
  sizeBand: '250-999',
  country: 'IT',
  status: 'ACTIVE',
  domains: ['acme.example'],
  createdAt: '2026-11-01T10:00:00Z',
};
const bright: TenantView = {
  alias: 'bright',
  name: 'Bright Consulting',
  kind: 'CONSULTANCY',
  industry: 'consulting',
  sizeBand: '10-49',
  country: 'DE',
  status: 'DISABLED',
  domains: [],
  createdAt: '2026-11-02T10:00:00Z',
};

const page = (items: TenantView[]) => ({ items, page: 0, size: 20, total: items.length });
const find = (requests: Request[], method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('the tenants page', () => {
  it('lists the tenants with translated industry, size and country', async () => {
    stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme, bright])) }]);
    renderWithProviders(<TenantsPage />);

    const table = await screen.findByRole('table', { name: 'Tenants (2 in total)' });
    const acmeRow = within(table).getByRole('row', { name: /Acme Manufacturing/ });
    expect(acmeRow).toHaveTextContent('acme');
    expect(acmeRow).toHaveTextContent('Company');
    expect(acmeRow).toHaveTextContent('Manufacturing');
    expect(acmeRow).toHaveTextContent('250–999 employees');
    expect(acmeRow).toHaveTextContent('Italy');
    expect(acmeRow).toHaveTextContent('Active');
    expect(within(acmeRow).getByRole('button', { name: 'Disable' })).toHaveAccessibleDescription('Acme Manufacturing');
    const brightRow = within(table).getByRole('row', { name: /Bright Consulting/ });
    expect(brightRow).toHaveTextContent('Consultancy');
    expect(brightRow).toHaveTextContent('Germany');
    expect(brightRow).toHaveTextContent('Disabled');
    expect(within(brightRow).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
  });

  it('is in Italian too', async () => {
    stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) }]);
    renderWithProviders(<TenantsPage />, { language: 'it' });

    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    expect(row).toHaveTextContent('Manifattura');
    expect(row).toHaveTextContent('250–999 dipendenti');
    expect(row).toHaveTextContent('Italia');
    expect(row).toHaveTextContent('Azienda');
  });

  it('searches by the typed text after a pause', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) }]);
    const { user } = renderWithProviders(<TenantsPage />);
    await screen.findByRole('row', { name: /Acme/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search tenants' }), 'acm');

    await waitFor(() =>
      expect(find(requests, 'GET', '/api/v1/platform/tenants').map((r) => new URL(r.url).searchParams.get('search'))).toEqual(['', 'acm']),
    );
  });

  it('creates a tenant with its first administrator', async () => {
    const created: TenantView = { ...acme, alias: 'globo-s-p-a', name: 'Globo S.p.A.', industry: 'retail', sizeBand: '50-249' };
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      { method: 'POST', path: '/api/v1/platform/tenants', respond: () => jsonResponse(created, { status: 201 }) },
    ]);
    const { user } = renderWithProviders(<TenantsPage />);
    await screen.findByRole('row', { name: /Acme/ });

    await user.type(screen.getByLabelText('Organization name'), 'Globo S.p.A.');
    expect(screen.getByLabelText('Alias')).toHaveValue('globo-s-p-a');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Industry' }), 'Retail');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size (employees)' }), '50–249 employees');
    await user.type(screen.getByLabelText('Country'), 'it');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('Country: Italy.');
    const admin = screen.getByRole('group', { name: 'First administrator' });
    await user.type(within(admin).getByLabelText('Email'), 'gaia@globo.example');
    await user.type(within(admin).getByLabelText('First name'), 'Gaia');
    await user.type(within(admin).getByLabelText('Last name'), 'Neri');
    await user.selectOptions(within(admin).getByRole('combobox', { name: 'Business function' }), 'Executive management');
    await user.click(within(admin).getByRole('radio', { name: 'Set an initial password' }));
    await user.type(within(admin).getByLabelText('Initial password'), 'a long initial secret');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Tenant Globo S.p.A. created; its first administrator is gaia@globo.example.');
    expect(await find(requests, 'POST', '/api/v1/platform/tenants')[0]!.json()).toEqual({
      alias: 'globo-s-p-a',
      name: 'Globo S.p.A.',
      kind: 'COMPANY',
      industry: 'retail',
      sizeBand: '50-249',
      country: 'IT',
      firstAdmin: {
        email: 'gaia@globo.example',
        firstName: 'Gaia',
        lastName: 'Neri',
        businessFunction: 'executive',
        onboarding: 'PASSWORD',
        initialPassword: 'a long initial secret',
      },
    });
    expect(screen.getByLabelText('Organization name')).toHaveValue('');
  });

  it('shows a taken alias next to the field and a conflict without violations as an alert', async () => {
    let answer = () =>
      problemResponse({
        title: 'Conflict',
        status: 409,
        detail: 'A tenant with this alias already exists.',
        violations: [{ field: 'alias', message: 'is already taken' }],
      });
    stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      { method: 'POST', path: '/api/v1/platform/tenants', respond: () => answer() },
    ]);
    const { user } = renderWithProviders(<TenantsPage />);
    await screen.findByRole('row', { name: /Acme/ });

    await user.type(screen.getByLabelText('Organization name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    await waitFor(() => expect(screen.getByLabelText('Alias')).toHaveAccessibleDescription(expect.stringContaining('is already taken')));

    answer = () => problemResponse({ title: 'Conflict', status: 409, detail: 'The email gaia@globo.example already has an account.' });
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The tenant could not be created.');
    expect(alert).toHaveTextContent('The email gaia@globo.example already has an account.');
  });

  it('disables a tenant after the confirmation', async () => {
    let current = acme;
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([current])) },
      {
        method: 'PATCH',
        path: '/api/v1/platform/tenants/acme',
        respond: () => {
          current = { ...acme, status: 'DISABLED' };
          return jsonResponse(current);
        },
      },
    ]);
    const { user } = renderWithProviders(<TenantsPage />);

    await user.click(within(await screen.findByRole('row', { name: /Acme/ })).getByRole('button', { name: 'Disable' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable Acme Manufacturing?' });
    expect(find(requests, 'PATCH', '/api/v1/platform/tenants/acme')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Disable tenant' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Acme Manufacturing has been disabled.');
    expect(await find(requests, 'PATCH', '/api/v1/platform/tenants/acme')[0]!.json()).toEqual({ status: 'DISABLED' });
    expect(await within(screen.getByRole('row', { name: /Acme/ })).findByRole('button', { name: 'Enable' })).toBeInTheDocument();
  });
});

describe('the alias suggestion', () => {
  it('is lowercase letters, digits and hyphens, at most 40 characters', () => {
    expect(aliasFrom('Caffè Società Cooperativa')).toBe('caffe-societa-cooperativa');
    expect(aliasFrom('  --ACME & Sons-- ')).toBe('acme-sons');
    expect(aliasFrom('x'.repeat(39) + ' y')).toBe('x'.repeat(39));
  });
});
