import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { TenantExportPanel } from './tenant-export-panel';

describe('TenantExportPanel', () => {
  const saved: { href: string; download: string }[] = [];

  beforeEach(() => {
    saved.length = 0;
    // jsdom has no object URLs
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:export'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the ZIP with the bearer token in the interface language and saves it under the server name', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/tenant/export.zip',
        respond: () =>
          new Response('PK', {
            status: 200,
            headers: {
              'Content-Type': 'application/zip',
              'Content-Disposition': 'attachment; filename="acme-export-20261207T1530Z.zip"',
            },
          }),
      },
    ]);
    const { user } = renderWithProviders(<TenantExportPanel />);
    const button = screen.getByRole('button', { name: 'Download all data (ZIP)' });
    expect(button).toHaveAccessibleDescription(/manifest that lists every file/);
    await user.click(button);
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:export', download: 'acme-export-20261207T1530Z.zip' }]));
    const request = requests[0]!;
    expect(new URL(request.url).search).toBe('?lang=en');
    expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('shows the server problem when the export is refused', async () => {
    stubFetch([
      {
        path: '/api/v1/tenant/export.zip',
        respond: () =>
          problemResponse({
            title: 'Forbidden',
            status: 403,
            detail: "Only tenant admins export all of the tenant's data.",
          }),
      },
    ]);
    const { user } = renderWithProviders(<TenantExportPanel />);
    await user.click(screen.getByRole('button', { name: 'Download all data (ZIP)' }));
    expect(await screen.findByText('The data export could not be downloaded')).toBeInTheDocument();
    expect(screen.getByText("Only tenant admins export all of the tenant's data.")).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('speaks Italian', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/tenant/export.zip',
        respond: () => new Response('PK', { status: 200, headers: { 'Content-Type': 'application/zip' } }),
      },
    ]);
    const { user } = renderWithProviders(<TenantExportPanel />, { language: 'it' });
    await user.click(screen.getByRole('button', { name: 'Scarica tutti i dati (ZIP)' }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:export', download: 'social-maturity-export.zip' }]));
    expect(new URL(requests[0]!.url).searchParams.get('lang')).toBe('it');
  });
});
