import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UserView } from '@/features/users/api/get-users';
import { jsonResponse, problemResponse, stubFetch, type StubRoute } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { UsersPage } from './users-page';

const user = (overrides: Partial<UserView>): UserView => ({
  id: 'u0',
  email: 'someone@acme.example',
  firstName: 'Some',
  lastName: 'One',
  name: 'Some One',
  businessFunction: null,
  roles: ['respondent'],
  enabled: true,
  emailVerified: true,
  pendingActions: [],
  otherTenants: false,
  source: 'PRODUCT',
  createdAt: '2026-11-01T10:00:00Z',
  ...overrides,
});

const anna = user({
  id: 'me',
  email: 'anna.admin@acme.example',
  firstName: 'Anna',
  lastName: 'Admin',
  name: 'Anna Admin',
  businessFunction: 'executive',
  roles: ['tenant-admin'],
});
const mario = user({
  id: 'u1',
  email: 'mario@acme.example',
  firstName: 'Mario',
  lastName: 'Rossi',
  name: 'Mario Rossi',
  businessFunction: 'marketing',
  roles: ['respondent'],
  emailVerified: false,
  pendingActions: ['UPDATE_PASSWORD', 'VERIFY_EMAIL'],
});
const ivo = user({
  id: 'u2',
  email: 'ivo@acme.example',
  firstName: 'Ivo',
  lastName: 'Bianchi',
  name: 'Ivo Bianchi',
  businessFunction: 'it',
  roles: ['respondent', 'tenant-admin'],
  enabled: false,
  otherTenants: true,
});

const page = (items: UserView[], total = items.length) => ({ items, page: 0, size: 20, total });

function stub(items: UserView[], extra: StubRoute[] = []) {
  return stubFetch([{ path: '/api/v1/users', respond: () => jsonResponse(page(items)) }, ...extra]);
}

const find = (requests: Request[], method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

const searches = (requests: Request[]) =>
  find(requests, 'GET', '/api/v1/users').map((r) => new URL(r.url).searchParams.get('search'));

describe('the users page', () => {
  it('lists the users with function, roles, status, what they still have to do, and the shared-account badge', async () => {
    const { requests } = stub([anna, mario, ivo]);

    renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    const table = await screen.findByRole('table', { name: 'Users of your organization (3 in total)' });
    const marioRow = within(table).getByRole('row', { name: /Mario Rossi/ });
    expect(marioRow).toHaveTextContent('mario@acme.example');
    expect(marioRow).toHaveTextContent('Marketing');
    expect(marioRow).toHaveTextContent('Respondent');
    expect(marioRow).toHaveTextContent('Active');
    expect(marioRow).toHaveTextContent('Invitation pending');
    expect(within(marioRow).getByRole('button', { name: 'Re-send invitation' })).toBeInTheDocument();
    expect(within(marioRow).getByRole('button', { name: 'Disable' })).toHaveAccessibleDescription('Mario Rossi');

    const ivoRow = within(table).getByRole('row', { name: /Ivo Bianchi/ });
    expect(ivoRow).toHaveTextContent('Also in another company');
    expect(ivoRow).toHaveTextContent('Disabled');
    expect(ivoRow).toHaveTextContent('Organization administrator');
    expect(within(ivoRow).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
    expect(within(ivoRow).queryByRole('button', { name: 'Re-send invitation' })).not.toBeInTheDocument();

    // You cannot disable or remove yourself.
    const annaRow = within(table).getByRole('row', { name: /Anna Admin/ });
    expect(within(annaRow).queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
    expect(within(annaRow).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();

    const first = new URL(requests[0]!.url);
    expect(Object.fromEntries(first.searchParams)).toEqual({ search: '', page: '0', size: '20' });
  });

  it('searches once the typing stops, and pages through the results', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/users',
        respond: (request) => {
          const params = new URL(request.url).searchParams;
          return jsonResponse({
            items: [params.get('page') === '1' ? ivo : mario],
            page: Number(params.get('page')),
            size: 20,
            total: 25,
          });
        },
      },
    ]);
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Mario Rossi/ });

    await u.type(screen.getByRole('searchbox', { name: 'Search users' }), 'ros');

    await waitFor(() => expect(searches(requests)).toContain('ros'));
    expect(searches(requests)).toEqual(['', 'ros']); // not one request per keystroke
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await u.click(screen.getByRole('button', { name: 'Next page' }));

    expect(await screen.findByRole('row', { name: /Ivo Bianchi/ })).toBeInTheDocument();
    const last = new URL(requests.at(-1)!.url);
    expect(Object.fromEntries(last.searchParams)).toEqual({ search: 'ros', page: '1', size: '20' });
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
  });

  it('invites a user: posts the form, announces it and reloads the list', async () => {
    const created = user({
      id: 'u9',
      email: 'nina@acme.example',
      firstName: 'Nina',
      lastName: 'Verdi',
      name: 'Nina Verdi',
    });
    let listed: UserView[] = [anna];
    const { requests } = stubFetch([
      { path: '/api/v1/users', respond: () => jsonResponse(page(listed)) },
      {
        method: 'POST',
        path: '/api/v1/users',
        respond: () => {
          listed = [anna, created];
          return jsonResponse(created, { status: 201 });
        },
      },
    ]);
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });

    await u.type(screen.getByLabelText('Email'), ' nina@acme.example ');
    await u.type(screen.getByLabelText('First name'), 'Nina');
    await u.type(screen.getByLabelText('Last name'), 'Verdi');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Business function' }), 'Sales');
    expect(screen.getByRole('radio', { name: 'Send an invitation email' })).toBeChecked();
    await u.click(screen.getByRole('checkbox', { name: 'Organization administrator' }));
    await u.click(screen.getByRole('button', { name: 'Invite user' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Invitation sent to nina@acme.example.');
    const [sent] = find(requests, 'POST', '/api/v1/users');
    expect(await sent!.json()).toEqual({
      email: 'nina@acme.example',
      firstName: 'Nina',
      lastName: 'Verdi',
      businessFunction: 'sales',
      roles: ['tenant-admin', 'respondent'],
      onboarding: 'INVITE',
    });
    expect(await screen.findByRole('row', { name: /Nina Verdi/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('');
  });

  it('creates a user with an initial password that need not be changed', async () => {
    const created = user({ id: 'u9', email: 'nina@acme.example', name: 'Nina Verdi' });
    const { requests } = stub(
      [anna],
      [{ method: 'POST', path: '/api/v1/users', respond: () => jsonResponse(created, { status: 201 }) }],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });

    await u.type(screen.getByLabelText('Email'), 'nina@acme.example');
    await u.type(screen.getByLabelText('First name'), 'Nina');
    await u.type(screen.getByLabelText('Last name'), 'Verdi');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Business function' }), 'IT');
    await u.click(screen.getByRole('radio', { name: 'Set an initial password' }));
    await u.type(screen.getByLabelText('Initial password'), 'correct horse battery');
    const temporary = screen.getByRole('checkbox', { name: 'The user must change it at first sign-in' });
    expect(temporary).toBeChecked();
    await u.click(temporary);
    await u.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Nina Verdi has been added and can sign in with the initial password.',
    );
    const [sent] = find(requests, 'POST', '/api/v1/users');
    expect(await sent!.json()).toEqual({
      email: 'nina@acme.example',
      firstName: 'Nina',
      lastName: 'Verdi',
      businessFunction: 'it',
      roles: ['respondent'],
      onboarding: 'PASSWORD',
      initialPassword: 'correct horse battery',
      temporaryPassword: false,
    });
  });

  it('shows the 409 of a taken email next to the email field', async () => {
    stub(
      [anna],
      [
        {
          method: 'POST',
          path: '/api/v1/users',
          respond: () =>
            problemResponse({
              type: 'https://socialmaturity.io/problems/email-taken',
              title: 'Email already in use',
              status: 409,
              detail: 'An account with this email already exists.',
              violations: [{ field: 'email', message: 'already has an account' }],
            }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });

    await u.type(screen.getByLabelText('Email'), 'anna.admin@acme.example');
    await u.type(screen.getByLabelText('First name'), 'Anna');
    await u.type(screen.getByLabelText('Last name'), 'Again');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Business function' }), 'IT');
    await u.click(screen.getByRole('button', { name: 'Invite user' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('already has an account');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a problem without violations as an alert, e.g. mail that cannot be sent', async () => {
    stub(
      [anna],
      [
        {
          method: 'POST',
          path: '/api/v1/users',
          respond: () =>
            problemResponse({
              type: 'https://socialmaturity.io/problems/mail-unavailable',
              title: 'Mail unavailable',
              status: 503,
              detail: 'The invitation email cannot be sent right now; nothing was created.',
            }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });

    await u.type(screen.getByLabelText('Email'), 'nina@acme.example');
    await u.type(screen.getByLabelText('First name'), 'Nina');
    await u.type(screen.getByLabelText('Last name'), 'Verdi');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Business function' }), 'IT');
    await u.click(screen.getByRole('button', { name: 'Invite user' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The user could not be added.');
    expect(alert).toHaveTextContent('The invitation email cannot be sent right now; nothing was created.');
  });

  it('offers the roles of a company: administrator and respondent', async () => {
    stub([anna]);
    renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    const roles = await screen.findByRole('group', { name: 'Roles' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label') ?? box.parentElement?.textContent?.trim()),
    ).toEqual(['Organization administrator', 'Respondent']);
    expect(within(roles).getByRole('checkbox', { name: 'Respondent' })).toBeChecked();
    expect(within(roles).queryByRole('checkbox', { name: 'Consultant' })).not.toBeInTheDocument();
    expect(within(roles).queryByRole('checkbox', { name: 'Platform administrator' })).not.toBeInTheDocument();
  });

  it('offers the roles of a consultancy: administrator and consultant', async () => {
    const { requests } = stub(
      [anna],
      [{ method: 'POST', path: '/api/v1/users', respond: () => jsonResponse(user({}), { status: 201 }) }],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="CONSULTANCY" currentUserId="me" />);

    const roles = await screen.findByRole('group', { name: 'Roles' });
    expect(within(roles).getByRole('checkbox', { name: 'Consultant' })).toBeChecked();
    expect(within(roles).getByRole('checkbox', { name: 'Organization administrator' })).not.toBeChecked();
    expect(within(roles).queryByRole('checkbox', { name: 'Respondent' })).not.toBeInTheDocument();

    await u.type(screen.getByLabelText('Email'), 'nina@acme.example');
    await u.type(screen.getByLabelText('First name'), 'Nina');
    await u.type(screen.getByLabelText('Last name'), 'Verdi');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Business function' }), 'IT');
    await u.click(screen.getByRole('button', { name: 'Invite user' }));
    await waitFor(() => expect(find(requests, 'POST', '/api/v1/users')).toHaveLength(1));
    expect((await find(requests, 'POST', '/api/v1/users')[0]!.json()).roles).toEqual(['consultant']);
  });

  it('edits a user: sends only what changed', async () => {
    const { requests } = stub(
      [anna, mario],
      [
        {
          method: 'PATCH',
          path: '/api/v1/users/u1',
          respond: () => jsonResponse({ ...mario, roles: ['respondent', 'tenant-admin'], businessFunction: 'it' }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    await u.click(
      within(await screen.findByRole('row', { name: /Mario Rossi/ })).getByRole('button', { name: 'Edit' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit Mario Rossi' });
    expect(within(dialog).getByLabelText('First name')).toHaveValue('Mario');
    await u.selectOptions(within(dialog).getByRole('combobox', { name: 'Business function' }), 'IT');
    await u.click(within(dialog).getByRole('checkbox', { name: 'Organization administrator' }));
    await u.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Changes to Mario Rossi saved.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [sent] = find(requests, 'PATCH', '/api/v1/users/u1');
    expect(await sent!.json()).toEqual({ businessFunction: 'it', roles: ['tenant-admin', 'respondent'] });
  });

  it('keeps the edit dialog open with the 409 problem when the last administrator would lose the role', async () => {
    stub(
      [anna, mario],
      [
        {
          method: 'PATCH',
          path: '/api/v1/users/me',
          respond: () =>
            problemResponse({
              type: 'https://socialmaturity.io/problems/last-admin',
              title: 'Last administrator',
              status: 409,
              detail: 'The organization needs at least one enabled administrator.',
            }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    await u.click(within(await screen.findByRole('row', { name: /Anna Admin/ })).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Anna Admin' });
    await u.click(within(dialog).getByRole('checkbox', { name: 'Organization administrator' }));
    await u.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The organization needs at least one enabled administrator.',
    );
    expect(screen.getByRole('dialog', { name: 'Edit Anna Admin' })).toBeInTheDocument();
  });

  it('disables a user and re-sends an invitation', async () => {
    const { requests } = stub(
      [anna, mario],
      [
        { method: 'PATCH', path: '/api/v1/users/u1', respond: () => jsonResponse({ ...mario, enabled: false }) },
        { method: 'POST', path: '/api/v1/users/u1/invitation', respond: () => new Response(null, { status: 202 }) },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    const row = await screen.findByRole('row', { name: /Mario Rossi/ });

    await u.click(within(row).getByRole('button', { name: 'Re-send invitation' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The invitation has been sent again to mario@acme.example.',
    );
    expect(find(requests, 'POST', '/api/v1/users/u1/invitation')).toHaveLength(1);

    await u.click(within(row).getByRole('button', { name: 'Disable' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Mario Rossi has been disabled and can no longer sign in.'),
    );
    expect(await find(requests, 'PATCH', '/api/v1/users/u1')[0]!.json()).toEqual({ enabled: false });
  });

  it('removes a user only after the confirmation, and shows a refusal in the dialog', async () => {
    let refuse = true;
    const { requests } = stub(
      [anna, mario],
      [
        {
          method: 'DELETE',
          path: '/api/v1/users/u1',
          respond: () =>
            refuse
              ? problemResponse({ title: 'Conflict', status: 409, detail: 'Mario Rossi cannot be removed right now.' })
              : new Response(null, { status: 204 }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    await u.click(
      within(await screen.findByRole('row', { name: /Mario Rossi/ })).getByRole('button', { name: 'Remove' }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Mario Rossi from your organization?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(find(requests, 'DELETE', '/api/v1/users/u1')).toHaveLength(0);

    await u.click(within(dialog).getByRole('button', { name: 'Remove user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Mario Rossi cannot be removed right now.');

    refuse = false;
    await u.click(within(dialog).getByRole('button', { name: 'Remove user' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Mario Rossi has been removed from your organization.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(find(requests, 'DELETE', '/api/v1/users/u1')).toHaveLength(2);
  });

  it('erases a user instead of only removing them when asked, explains what erasure does, and names the pseudonym', async () => {
    const { requests } = stub(
      [anna, mario],
      [
        {
          method: 'POST',
          path: '/api/v1/users/u1/erase',
          respond: () =>
            jsonResponse({
              pseudonym: 'erased-0123456789abcdef',
              pseudonymName: 'Erased person 012345',
              removed: true,
              accountDeleted: true,
              rowsChanged: 7,
            }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    await u.click(
      within(await screen.findByRole('row', { name: /Mario Rossi/ })).getByRole('button', { name: 'Remove' }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Mario Rossi from your organization?' });
    const option = within(dialog).getByRole('checkbox', { name: 'Also erase their personal data' });
    expect(option).not.toBeChecked();
    expect(option).toHaveAccessibleDescription(/replaces their name, email and user id with a pseudonym/);
    expect(option).toHaveAccessibleDescription(/Results stay exactly the same/);

    await u.click(option);
    await u.click(within(dialog).getByRole('button', { name: 'Remove and erase' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Mario Rossi has been removed and their personal data erased: they now appear as \u201cErased person 012345\u201d.',
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(find(requests, 'POST', '/api/v1/users/u1/erase')).toHaveLength(1);
    expect(find(requests, 'DELETE', '/api/v1/users/u1')).toHaveLength(0);
  });

  it('shows a refused erasure in the dialog, and a new dialog starts without erasure', async () => {
    stub(
      [anna, mario],
      [
        {
          method: 'POST',
          path: '/api/v1/users/u1/erase',
          respond: () => problemResponse({ title: 'Conflict', status: 409, detail: 'Mario Rossi is the last admin.' }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    const row = within(await screen.findByRole('row', { name: /Mario Rossi/ }));

    await u.click(row.getByRole('button', { name: 'Remove' }));
    let dialog = screen.getByRole('alertdialog');
    await u.click(within(dialog).getByRole('checkbox', { name: 'Also erase their personal data' }));
    await u.click(within(dialog).getByRole('button', { name: 'Remove and erase' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Mario Rossi is the last admin.');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The personal data could not be erased.');

    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await u.click(row.getByRole('button', { name: 'Remove' }));
    dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('checkbox', { name: 'Also erase their personal data' })).not.toBeChecked();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Remove user' })).toBeInTheDocument();
  });

  it('cannot add a user without a business function: says so at the field and sends nothing', async () => {
    const { requests } = stub(
      [anna],
      [{ method: 'POST', path: '/api/v1/users', respond: () => jsonResponse(user({}), { status: 201 }) }],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });

    const select = screen.getByRole('combobox', { name: 'Business function' });
    expect(select).toBeRequired();
    expect(select).toHaveDisplayValue('Choose…');
    // a disabled placeholder, and no way to choose "none"
    expect(within(select).getByRole('option', { name: 'Choose…' })).toBeDisabled();
    expect(within(select).queryByRole('option', { name: 'None' })).not.toBeInTheDocument();

    await u.type(screen.getByLabelText('Email'), 'nina@acme.example');
    await u.type(screen.getByLabelText('First name'), 'Nina');
    await u.type(screen.getByLabelText('Last name'), 'Verdi');
    await u.click(screen.getByRole('button', { name: 'Invite user' }));

    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription("Choose the user's business function.");
    expect(select).toHaveFocus();
    expect(find(requests, 'POST', '/api/v1/users')).toHaveLength(0);

    await u.selectOptions(select, 'Customer service');
    expect(select).not.toHaveAttribute('aria-invalid');
    await u.click(screen.getByRole('button', { name: 'Invite user' }));
    await waitFor(() => expect(find(requests, 'POST', '/api/v1/users')).toHaveLength(1));
    expect((await find(requests, 'POST', '/api/v1/users')[0]!.json()).businessFunction).toBe('service');
  });

  it('flags every required field left empty at once, marks them required, and sends nothing', async () => {
    const { requests } = stub([anna]);
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);
    await screen.findByRole('row', { name: /Anna Admin/ });
    expect(screen.getByText('Fields marked * are required.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email').closest('.field')?.querySelector('label')).toHaveClass('is-required');

    await u.click(screen.getByRole('button', { name: 'Invite user' }));

    for (const name of ['Email', 'First name', 'Last name']) {
      expect(screen.getByLabelText(name)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByLabelText(name)).toHaveAccessibleDescription('This field is required.');
    }
    expect(screen.getByRole('combobox', { name: 'Business function' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(find(requests, 'POST', '/api/v1/users')).toHaveLength(0);

    await u.type(screen.getByLabelText('Email'), 'n');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('First name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the server’s English validation messages in Italian, each once, next to its field', async () => {
    stub(
      [anna],
      [
        {
          method: 'POST',
          path: '/api/v1/users',
          respond: () =>
            problemResponse({
              type: 'https://socialmaturity.io/problems/invalid-request',
              title: 'Invalid request',
              status: 400,
              detail: 'Some fields are invalid: email, roles.',
              violations: [
                { field: 'email', message: 'must be a well-formed email address' },
                { field: 'roles', message: 'must not be empty' },
              ],
            }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />, { language: 'it' });
    await screen.findByRole('row', { name: /Anna Admin/ });

    await u.type(screen.getByLabelText('Email'), 'nina@');
    await u.type(screen.getByLabelText('Nome'), 'Nina');
    await u.type(screen.getByLabelText('Cognome'), 'Verdi');
    await u.selectOptions(screen.getByRole('combobox', { name: 'Funzione aziendale' }), 'IT');
    await u.click(screen.getByRole('button', { name: 'Invita utente' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('deve essere un indirizzo email valido'));
    expect(screen.getByRole('group', { name: 'Ruoli' })).toHaveAccessibleDescription('è obbligatorio');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument(); // each message once, next to its field
    expect(screen.queryByText(/must|Some fields/)).not.toBeInTheDocument();
    expect(screen.getAllByText('deve essere un indirizzo email valido')).toHaveLength(1);
  });

  it('edits a user who has no business function without forcing one, and offers no "none" to a user who has one', async () => {
    const sso = user({
      id: 'u5',
      email: 'sara@acme.example',
      firstName: 'Sara',
      lastName: 'Sso',
      name: 'Sara Sso',
      source: 'COMPANY_SSO',
    });
    const { requests } = stub(
      [anna, mario, sso],
      [
        {
          method: 'PATCH',
          path: '/api/v1/users/u5',
          respond: () => jsonResponse({ ...sso, roles: ['respondent', 'tenant-admin'] }),
        },
      ],
    );
    const { user: u } = renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    await u.click(
      within(await screen.findByRole('row', { name: /Mario Rossi/ })).getByRole('button', { name: 'Edit' }),
    );
    let dialog = screen.getByRole('dialog', { name: 'Edit Mario Rossi' });
    const marioFunction = within(dialog).getByRole('combobox', { name: 'Business function' });
    expect(marioFunction).toHaveValue('marketing');
    expect(within(marioFunction).queryByRole('option', { name: 'None' })).not.toBeInTheDocument();
    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await u.click(within(screen.getByRole('row', { name: /Sara Sso/ })).getByRole('button', { name: 'Edit' }));
    dialog = screen.getByRole('dialog', { name: 'Edit Sara Sso' });
    expect(within(dialog).getByRole('combobox', { name: 'Business function' })).toHaveDisplayValue('None');
    await u.click(within(dialog).getByRole('checkbox', { name: 'Organization administrator' }));
    await u.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Changes to Sara Sso saved.');
    expect(await find(requests, 'PATCH', '/api/v1/users/u5')[0]!.json()).toEqual({
      roles: ['tenant-admin', 'respondent'],
    });
  });

  it('puts the table in a named, keyboard-scrollable region and keeps every action with its full label', async () => {
    stub([anna, mario, ivo]);
    renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />);

    const region = await screen.findByRole('region', { name: 'Users of your organization (3 in total)' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Users of your organization (3 in total)' });
    const marioRow = within(table).getByRole('row', { name: /Mario Rossi/ });
    expect(
      within(marioRow)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Edit', 'Disable', 'Re-send invitation', 'Remove']);
    // the email is a cell of its own, named by the whole address
    expect(within(marioRow).getByRole('cell', { name: 'mario@acme.example' })).toBeInTheDocument();
  });

  it('speaks Italian', async () => {
    stub([mario]);
    renderWithProviders(<UsersPage tenantKind="COMPANY" currentUserId="me" />, { language: 'it' });

    const row = await screen.findByRole('row', { name: /Mario Rossi/ });
    expect(row).toHaveTextContent('Invito in attesa');
    expect(within(row).getByRole('button', { name: 'Reinvia invito' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invita utente' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: "Invia un'email di invito" })).toBeChecked();
    const select = screen.getByRole('combobox', { name: 'Funzione aziendale' });
    expect(within(select).getByRole('option', { name: 'Scegli…' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Invita utente' }));
    expect(select).toHaveAccessibleDescription("Scegli la funzione aziendale dell'utente.");
  });
});
