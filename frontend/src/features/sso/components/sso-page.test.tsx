import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SsoView } from '@/features/sso';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { SsoPage } from './sso-page';

const linked: SsoView = {
  alias: 'acme-oidc',
  displayName: 'Acme account',
  issuer: 'https://login.acme.example/realms/staff',
  clientId: 'social-maturity',
  domain: 'acme.example',
  enabled: true,
  redirectUri: 'https://app.socialmaturity.io/realms/maturity/broker/acme-oidc/endpoint',
};

const notConfigured = () =>
  problemResponse({
    type: 'https://socialmaturity.io/problems/sso-not-configured',
    title: 'Not found',
    status: 404,
    detail: 'No company sign-in is configured.',
  });

const find = (requests: Request[], method: string) => requests.filter((r) => r.method === method);

describe('the company sign-in page', () => {
  it('links an identity provider and then shows the redirect URI to register', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/tenant/sso', respond: notConfigured },
      { method: 'PUT', path: '/api/v1/tenant/sso', respond: () => jsonResponse(linked) },
    ]);
    const { user } = renderWithProviders(<SsoPage />);

    expect(await screen.findByRole('heading', { name: 'Link your identity provider' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Issuer URL'), linked.issuer);
    await user.type(screen.getByLabelText('Client ID'), 'social-maturity');
    await user.type(screen.getByLabelText('Client secret'), 's3cret');
    await user.type(screen.getByLabelText('Email domain'), 'Acme.example');
    await user.type(screen.getByLabelText('Display name (optional)'), 'Acme account');
    await user.click(screen.getByRole('button', { name: 'Link company sign-in' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Company sign-in linked.');
    expect(await find(requests, 'PUT')[0]!.json()).toEqual({
      issuer: linked.issuer,
      clientId: 'social-maturity',
      clientSecret: 's3cret',
      domain: 'acme.example',
      displayName: 'Acme account',
    });
    expect(screen.getByText(linked.redirectUri)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy redirect URI' })).toBeInTheDocument();
  });

  it('shows an unreachable issuer next to the field', async () => {
    stubFetch([
      { path: '/api/v1/tenant/sso', respond: notConfigured },
      {
        method: 'PUT',
        path: '/api/v1/tenant/sso',
        respond: () =>
          problemResponse({
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'issuer', message: 'no OpenID configuration could be read from this issuer' }],
          }),
      },
    ]);
    const { user } = renderWithProviders(<SsoPage />);

    await user.type(await screen.findByLabelText('Issuer URL'), 'https://nowhere.example');
    await user.click(screen.getByRole('button', { name: 'Link company sign-in' }));

    const issuer = screen.getByLabelText('Issuer URL');
    await waitFor(() => expect(issuer).toHaveAttribute('aria-invalid', 'true'));
    expect(issuer).toHaveAccessibleDescription(
      expect.stringContaining('no OpenID configuration could be read from this issuer'),
    );
  });

  it('copies the redirect URI', async () => {
    stubFetch([{ path: '/api/v1/tenant/sso', respond: () => jsonResponse(linked) }]);
    const { user } = renderWithProviders(<SsoPage />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    await user.click(await screen.findByRole('button', { name: 'Copy redirect URI' }));

    expect(writeText).toHaveBeenCalledWith(linked.redirectUri);
    expect(await screen.findByRole('status')).toHaveTextContent('Redirect URI copied to the clipboard.');
  });

  it('updates without sending the secret when it is left empty', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/tenant/sso', respond: () => jsonResponse(linked) },
      {
        method: 'PUT',
        path: '/api/v1/tenant/sso',
        respond: () => jsonResponse({ ...linked, domain: 'acme.example.org' }),
      },
    ]);
    const { user } = renderWithProviders(<SsoPage />);

    await user.click(await screen.findByRole('button', { name: 'Change settings' }));
    expect(screen.getByLabelText('Client secret')).toHaveAccessibleDescription(
      'Leave empty to keep the stored secret.',
    );
    const domain = screen.getByLabelText('Email domain');
    await user.clear(domain);
    await user.type(domain, 'acme.example.org');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Company sign-in updated.');
    expect(await find(requests, 'PUT')[0]!.json()).toEqual({
      issuer: linked.issuer,
      clientId: linked.clientId,
      domain: 'acme.example.org',
      displayName: 'Acme account',
    });
    expect(screen.getByText('acme.example.org')).toBeInTheDocument();
  });

  it('unlinks only after the confirmation', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/tenant/sso', respond: () => jsonResponse(linked) },
      { method: 'DELETE', path: '/api/v1/tenant/sso', respond: () => new Response(null, { status: 204 }) },
    ]);
    const { user } = renderWithProviders(<SsoPage />);

    await user.click(await screen.findByRole('button', { name: 'Unlink' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Unlink the company sign-in?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(find(requests, 'DELETE')).toHaveLength(0);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Unlink' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Unlink company sign-in' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Company sign-in unlinked.');
    expect(find(requests, 'DELETE')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Link your identity provider' })).toBeInTheDocument();
  });
});
