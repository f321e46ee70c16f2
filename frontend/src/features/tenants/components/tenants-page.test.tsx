import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { TenantView } from '@/features/tenants/api/get-tenants';
import type { SsoView } from '@/features/sso';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { acme, bright, page } from '@/features/tenants/testing/tenant-fixtures';
import { aliasFrom } from './create-tenant-form';
import { TenantsPage } from './tenants-page';

const find = (requests: Request[], method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

/** Fills the create form's required fields (except those named in `skip`). */
async function fillTenant(user: ReturnType<typeof renderWithProviders>['user'], skip: string[] = []) {
  const maybe = async (name: string, action: () => Promise<void>) => (skip.includes(name) ? undefined : action());
  await maybe('name', () => user.type(screen.getByLabelText('Organization name'), 'Globo'));
  await maybe('industry', () => user.selectOptions(screen.getByRole('combobox', { name: 'Industry' }), 'Retail'));
  await maybe('sizeBand', () =>
    user.selectOptions(screen.getByRole('combobox', { name: 'Size (employees)' }), '50–249 employees'),
  );
  await maybe('country', () => user.type(screen.getByLabelText('Country'), 'it'));
  await maybe('domain', () => user.type(screen.getByLabelText('Email domain'), 'globo.example'));
  const admin = screen.getByRole('group', { name: 'First administrator' });
  await maybe('email', () => user.type(within(admin).getByLabelText('Email'), 'gaia@globo.example'));
  await maybe('firstName', () => user.type(within(admin).getByLabelText('First name'), 'Gaia'));
  await maybe('lastName', () => user.type(within(admin).getByLabelText('Last name'), 'Neri'));
}

describe('the tenants page', () => {
  it('lists the tenants with translated industry, size and country', async () => {
    stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme, bright])) }]);
    renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

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
    renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
      { language: 'it' },
    );

    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    expect(row).toHaveTextContent('Manifattura');
    expect(row).toHaveTextContent('250–999 dipendenti');
    expect(row).toHaveTextContent('Italia');
    expect(row).toHaveTextContent('Azienda');
  });

  it('searches by the typed text after a pause', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) }]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );
    await screen.findByRole('row', { name: /Acme/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search tenants' }), 'acm');

    await waitFor(() =>
      expect(
        find(requests, 'GET', '/api/v1/platform/tenants').map((r) => new URL(r.url).searchParams.get('search')),
      ).toEqual(['', 'acm']),
    );
  });

  it('creates a tenant with its first administrator', async () => {
    const created: TenantView = {
      ...acme,
      alias: 'globo-s-p-a',
      name: 'Globo S.p.A.',
      industry: 'retail',
      sizeBand: '50-249',
    };
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      { method: 'POST', path: '/api/v1/platform/tenants', respond: () => jsonResponse(created, { status: 201 }) },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );
    await screen.findByRole('row', { name: /Acme/ });

    await user.type(screen.getByLabelText('Organization name'), 'Globo S.p.A.');
    expect(screen.getByLabelText('Alias')).toHaveValue('globo-s-p-a');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Industry' }), 'Retail');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size (employees)' }), '50–249 employees');
    await user.type(screen.getByLabelText('Country'), 'it');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('Country: Italy.');
    await user.type(screen.getByLabelText('Email domain'), ' Globo.example ');
    const admin = screen.getByRole('group', { name: 'First administrator' });
    await user.type(within(admin).getByLabelText('Email'), 'gaia@globo.example');
    await user.type(within(admin).getByLabelText('First name'), 'Gaia');
    await user.type(within(admin).getByLabelText('Last name'), 'Neri');
    await user.selectOptions(
      within(admin).getByRole('combobox', { name: 'Business function' }),
      'Executive management',
    );
    await user.click(within(admin).getByRole('radio', { name: 'Set an initial password' }));
    await user.type(within(admin).getByLabelText('Initial password'), 'a long initial secret');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Tenant Globo S.p.A. created; its first administrator is gaia@globo.example.',
    );
    expect(await find(requests, 'POST', '/api/v1/platform/tenants')[0]!.json()).toEqual({
      alias: 'globo-s-p-a',
      name: 'Globo S.p.A.',
      kind: 'COMPANY',
      industry: 'retail',
      sizeBand: '50-249',
      country: 'IT',
      domain: 'globo.example',
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
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );
    await screen.findByRole('row', { name: /Acme/ });

    await fillTenant(user);
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Alias')).toHaveAccessibleDescription(expect.stringContaining('is already taken')),
    );

    answer = () =>
      problemResponse({
        title: 'Conflict',
        status: 409,
        detail: 'The email gaia@globo.example already has an account.',
      });
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
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

    await user.click(within(await screen.findByRole('row', { name: /Acme/ })).getByRole('button', { name: 'Disable' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable Acme Manufacturing?' });
    expect(find(requests, 'PATCH', '/api/v1/platform/tenants/acme')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Disable tenant' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Acme Manufacturing has been disabled.');
    expect(await find(requests, 'PATCH', '/api/v1/platform/tenants/acme')[0]!.json()).toEqual({ status: 'DISABLED' });
    expect(
      await within(screen.getByRole('row', { name: /Acme/ })).findByRole('button', { name: 'Enable' }),
    ).toBeInTheDocument();
  });
  it('flags every required field of an empty form at once and sends nothing', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) }]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
      { language: 'it' },
    );
    await screen.findByRole('row', { name: /Acme/ });

    await user.click(screen.getByRole('button', { name: 'Crea tenant' }));

    const invalid = screen.getAllByRole('textbox').filter((box) => box.getAttribute('aria-invalid') === 'true');
    expect(invalid.length).toBeGreaterThanOrEqual(6); // name, alias, country, domain, admin's email, first and last name
    expect(screen.getAllByRole('combobox').filter((box) => box.getAttribute('aria-invalid') === 'true')).toHaveLength(
      2,
    );
    expect(screen.getAllByText('Questo campo è obbligatorio.').length).toBeGreaterThanOrEqual(6);
    expect(find(requests, 'POST', '/api/v1/platform/tenants')).toHaveLength(0);
  });

  it('requires the email domain before creating a tenant', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      { method: 'POST', path: '/api/v1/platform/tenants', respond: () => jsonResponse(acme, { status: 201 }) },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );
    await screen.findByRole('row', { name: /Acme/ });

    const domain = screen.getByLabelText('Email domain');
    expect(domain).toBeRequired();
    await fillTenant(user, ['domain']);
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));

    expect(domain).toHaveAttribute('aria-invalid', 'true');
    expect(domain).toHaveAccessibleDescription(expect.stringContaining("Enter the organization's email domain."));
    expect(domain).toHaveFocus();
    expect(find(requests, 'POST', '/api/v1/platform/tenants')).toHaveLength(0);

    await user.type(domain, 'globo.example');
    expect(domain).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    await waitFor(() => expect(find(requests, 'POST', '/api/v1/platform/tenants')).toHaveLength(1));
    expect((await find(requests, 'POST', '/api/v1/platform/tenants')[0]!.json()).domain).toBe('globo.example');
  });

  it("edits a tenant's name, industry and country: sends only what changed", async () => {
    let current = acme;
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([current, bright])) },
      {
        method: 'PATCH',
        path: '/api/v1/platform/tenants/acme',
        respond: async (request) => {
          current = { ...acme, ...((await request.clone().json()) as Partial<TenantView>) };
          return jsonResponse(current);
        },
      },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

    const row = await screen.findByRole('row', { name: /Acme Manufacturing/ });
    const edit = within(row).getByRole('button', { name: 'Edit' });
    expect(edit).toHaveAccessibleDescription('Acme Manufacturing');
    await user.click(edit);
    const dialog = screen.getByRole('dialog', { name: 'Edit Acme Manufacturing' });
    const name = within(dialog).getByLabelText('Organization name');
    expect(name).toHaveValue('Acme Manufacturing');
    expect(within(dialog).getByRole('combobox', { name: 'Industry' })).toHaveValue('manufacturing');
    expect(within(dialog).getByRole('combobox', { name: 'Size (employees)' })).toHaveValue('250-999');
    expect(within(dialog).getByLabelText('Country')).toHaveValue('IT');

    await user.clear(name);
    await user.type(name, ' Acme Industries ');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Industry' }), 'Technology');
    const country = within(dialog).getByLabelText('Country');
    await user.clear(country);
    await user.type(country, 'de');
    expect(country).toHaveAccessibleDescription('Country: Germany.');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Changes to Acme Industries saved.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const patches = find(requests, 'PATCH', '/api/v1/platform/tenants/acme');
    expect(patches).toHaveLength(1);
    expect(await patches[0]!.json()).toEqual({ name: 'Acme Industries', industry: 'technology', country: 'DE' });
    expect(await screen.findByRole('row', { name: /Acme Industries/ })).toHaveTextContent('Germany');
  });

  it('closes the edit dialog without a request when nothing changed, and shows a refused field in the dialog', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme])) },
      {
        method: 'PATCH',
        path: '/api/v1/platform/tenants/acme',
        respond: () =>
          problemResponse({
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'country', message: 'is not an ISO 3166-1 country' }],
          }),
      },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

    await user.click(within(await screen.findByRole('row', { name: /Acme/ })).getByRole('button', { name: 'Edit' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save changes' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(find(requests, 'PATCH', '/api/v1/platform/tenants/acme')).toHaveLength(0);

    await user.click(within(screen.getByRole('row', { name: /Acme/ })).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Acme Manufacturing' });
    const country = within(dialog).getByLabelText('Country');
    await user.clear(country);
    await user.type(country, 'XX');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(country).toHaveAttribute('aria-invalid', 'true'));
    expect(country).toHaveAccessibleDescription(expect.stringContaining('is not an ISO 3166-1 country'));
    expect(await find(requests, 'PATCH', '/api/v1/platform/tenants/acme')[0]!.json()).toEqual({ country: 'XX' });
  });

  it("links, shows and unlinks a tenant's company sign-in on the tenant's platform path", async () => {
    const linked: SsoView = {
      alias: 'acme-oidc',
      displayName: 'Acme account',
      issuer: 'https://login.acme.example/realms/staff',
      clientId: 'social-maturity',
      domain: 'acme.example',
      enabled: true,
      redirectUri: 'https://app.socialmaturity.io/realms/maturity/broker/acme-oidc/endpoint',
    };
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme, bright])) },
      {
        path: '/api/v1/platform/tenants/acme/sso',
        respond: () =>
          problemResponse({
            type: 'https://socialmaturity.io/problems/sso-not-configured',
            title: 'Not found',
            status: 404,
            detail: 'No company sign-in.',
          }),
      },
      { method: 'PUT', path: '/api/v1/platform/tenants/acme/sso', respond: () => jsonResponse(linked) },
      {
        method: 'DELETE',
        path: '/api/v1/platform/tenants/acme/sso',
        respond: () => new Response(null, { status: 204 }),
      },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

    const button = within(await screen.findByRole('row', { name: /Acme Manufacturing/ })).getByRole('button', {
      name: 'Company sign-in',
    });
    expect(button).toHaveAccessibleDescription('Acme Manufacturing');
    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Company sign-in of Acme Manufacturing' });
    expect(
      await within(dialog).findByRole('heading', { level: 3, name: "Link the tenant's identity provider" }),
    ).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Issuer URL'), linked.issuer);
    await user.type(within(dialog).getByLabelText('Client ID'), 'social-maturity');
    await user.type(within(dialog).getByLabelText('Client secret'), 's3cret');
    await user.type(within(dialog).getByLabelText('Email domain'), 'acme.example');
    await user.click(within(dialog).getByRole('button', { name: 'Link company sign-in' }));

    expect(await within(dialog).findByText(linked.redirectUri)).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Company sign-in linked.');
    expect(await find(requests, 'PUT', '/api/v1/platform/tenants/acme/sso')[0]!.json()).toEqual({
      issuer: linked.issuer,
      clientId: 'social-maturity',
      clientSecret: 's3cret',
      domain: 'acme.example',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Unlink the company sign-in?' });
    expect(confirm).toHaveTextContent("The tenant's people can no longer sign in with their company account");
    await user.click(within(confirm).getByRole('button', { name: 'Unlink company sign-in' }));
    expect(
      await within(dialog).findByRole('heading', { name: "Link the tenant's identity provider" }),
    ).toBeInTheDocument();
    expect(find(requests, 'DELETE', '/api/v1/platform/tenants/acme/sso')).toHaveLength(1);

    // only the chosen tenant's platform resource was used, never the caller's own /tenant/sso
    expect(
      requests.filter((r) => new URL(r.url).pathname.endsWith('/sso')).map((r) => new URL(r.url).pathname),
    ).toEqual([
      '/api/v1/platform/tenants/acme/sso',
      '/api/v1/platform/tenants/acme/sso',
      '/api/v1/platform/tenants/acme/sso',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("opens another tenant's sign-in on that tenant's own path", async () => {
    const odd: TenantView = { ...bright, alias: 'bright-co', name: 'Bright Co' };
    const { requests } = stubFetch([
      { path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme, odd])) },
      {
        path: '/api/v1/platform/tenants/bright-co/sso',
        respond: () =>
          jsonResponse({
            alias: 'bright-oidc',
            displayName: '',
            issuer: 'https://id.bright.example',
            clientId: 'sm',
            domain: 'bright.example',
            enabled: true,
            redirectUri: 'https://app.example/cb',
          }),
      },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
      { language: 'it' },
    );

    await user.click(
      within(await screen.findByRole('row', { name: /Bright Co/ })).getByRole('button', { name: 'Accesso aziendale' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Accesso aziendale di Bright Co' });
    expect(await within(dialog).findByText('https://app.example/cb')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cambia impostazioni' })).toBeInTheDocument();
    expect(find(requests, 'GET', '/api/v1/platform/tenants/bright-co/sso')).toHaveLength(1);
    expect(find(requests, 'GET', '/api/v1/platform/tenants/acme/sso')).toHaveLength(0);
  });

  it('puts the table in a named, keyboard-scrollable region with every action per row', async () => {
    stubFetch([{ path: '/api/v1/platform/tenants', respond: () => jsonResponse(page([acme, bright])) }]);
    renderWithProviders(
      <MemoryRouter>
        <TenantsPage />
      </MemoryRouter>,
    );

    const region = await screen.findByRole('region', { name: 'Tenants (2 in total)' });
    expect(region).toHaveAttribute('tabindex', '0');
    const row = within(region).getByRole('row', { name: /Acme Manufacturing/ });
    expect(
      within(row)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Edit', 'Company sign-in', 'Disable', 'Delete']);
  });
});

describe('the alias suggestion', () => {
  it('is lowercase letters, digits and hyphens, at most 40 characters', () => {
    expect(aliasFrom('Caffè Società Cooperativa')).toBe('caffe-societa-cooperativa');
    expect(aliasFrom('  --ACME & Sons-- ')).toBe('acme-sons');
    expect(aliasFrom('x'.repeat(39) + ' y')).toBe('x'.repeat(39));
  });
});
