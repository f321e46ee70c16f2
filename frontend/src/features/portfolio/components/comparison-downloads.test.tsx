import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ComparisonDownloads } from './comparison-downloads';

const fileResponse = (body: string, type: string, filename: string) =>
  new Response(body, {
    status: 200,
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` },
  });

describe('ComparisonDownloads', () => {
  const saved: { href: string; download: string }[] = [];

  beforeEach(() => {
    saved.length = 0;
    // jsdom has no object URLs
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:comparison'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the PDF of the compared clients in the chosen language and saves it under the server name', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/portfolio/compare.pdf',
        respond: () => fileResponse('%PDF-1.7', 'application/pdf', 'social-maturity-comparison-it.pdf'),
      },
    ]);
    const { user } = renderWithProviders(<ComparisonDownloads clientIds={[4, 2, 9]} />);
    await user.click(screen.getByRole('button', { name: 'PDF report (Italian)' }));
    await waitFor(() =>
      expect(saved).toEqual([{ href: 'blob:comparison', download: 'social-maturity-comparison-it.pdf' }]),
    );
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('clients')).toBe('4,2,9');
    expect(url.searchParams.get('lang')).toBe('it');
    expect(requests[0]!.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('downloads the CSV with the dimension names in the interface language', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/portfolio/compare.csv',
        respond: () => fileResponse('client_id\r\n', 'text/csv', 'social-maturity-comparison.csv'),
      },
    ]);
    const { user } = renderWithProviders(<ComparisonDownloads clientIds={[1, 2]} />);
    await user.click(screen.getByRole('button', { name: 'Comparison (CSV)' }));
    await waitFor(() =>
      expect(saved).toEqual([{ href: 'blob:comparison', download: 'social-maturity-comparison.csv' }]),
    );
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('clients')).toBe('1,2');
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('downloads the Excel workbook of the compared clients from compare.xlsx in the interface language', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/portfolio/compare.xlsx',
        respond: () =>
          fileResponse(
            'PK',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'social-maturity-comparison.xlsx',
          ),
      },
    ]);
    const { user } = renderWithProviders(<ComparisonDownloads clientIds={[3, 1]} />, { language: 'it' });
    await user.click(screen.getByRole('button', { name: 'Confronto (Excel)' }));
    await waitFor(() =>
      expect(saved).toEqual([{ href: 'blob:comparison', download: 'social-maturity-comparison.xlsx' }]),
    );
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/v1/portfolio/compare.xlsx');
    expect(url.searchParams.get('clients')).toBe('3,1');
    expect(url.searchParams.get('lang')).toBe('it');
    expect(requests[0]!.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('shows the server problem when the comparison cannot be exported', async () => {
    stubFetch([
      {
        path: '/api/v1/portfolio/compare.pdf',
        respond: () => problemResponse({ title: 'Not found', status: 404, detail: 'Client was not found.' }),
      },
    ]);
    const { user } = renderWithProviders(<ComparisonDownloads clientIds={[1]} />);
    await user.click(screen.getByRole('button', { name: 'PDF report (English)' }));
    expect(await screen.findByText('Client was not found.')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });
});
