import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ExportPanel } from './export-panel';

const fileResponse = (body: string, type: string, filename: string) =>
  new Response(body, {
    status: 200,
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${filename}"` },
  });

describe('ExportPanel', () => {
  const saved: { href: string; download: string }[] = [];

  beforeEach(() => {
    saved.length = 0;
    // jsdom has no object URLs
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:report'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the PDF in the chosen language with the bearer token and saves it under the server name', async () => {
    const { requests } = stubFetch([
      {
        path: '/api/v1/assessments/7/report.pdf',
        respond: () => fileResponse('%PDF-1.7', 'application/pdf', 'social-maturity-7-it.pdf'),
      },
    ]);
    const { user } = renderWithProviders(<ExportPanel assessmentId="7" closed tenantAdmin={false} />);
    await user.click(screen.getByRole('button', { name: 'PDF report (Italian)' }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:report', download: 'social-maturity-7-it.pdf' }]));
    const request = requests[0]!;
    expect(new URL(request.url).search).toBe('?lang=it');
    expect(request.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('offers the PDF only once closed, and the answers only to tenant admins', () => {
    stubFetch([]);
    renderWithProviders(<ExportPanel assessmentId="7" closed={false} tenantAdmin={false} />);
    expect(screen.getByRole('button', { name: 'PDF report (English)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'PDF report (English)' })).toHaveAccessibleDescription(
      'The PDF report is made from the final result: it is available once the assessment is closed.',
    );
    expect(screen.getByRole('button', { name: 'Results (CSV)' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Answers (CSV)' })).toBeNull();
  });

  it('asks for names only when the admin ticks the box', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/assessments/7/answers.csv', respond: () => fileResponse('respondent\r\n', 'text/csv', 'a.csv') },
    ]);
    const { user } = renderWithProviders(<ExportPanel assessmentId="7" closed tenantAdmin />);
    await user.click(screen.getByRole('button', { name: 'Answers (CSV)' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(new URL(requests[0]!.url).searchParams.get('respondentNames')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: "Include respondents' names and emails" }));
    await user.click(screen.getByRole('button', { name: 'Answers (CSV)' }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(new URL(requests[1]!.url).searchParams.get('respondentNames')).toBe('true');
  });

  it('shows the server problem when a download fails', async () => {
    stubFetch([
      {
        path: '/api/v1/assessments/7/results.csv',
        respond: () => problemResponse({ title: 'Not found', status: 404, detail: 'Assessment 7 was not found.' }),
      },
    ]);
    const { user } = renderWithProviders(<ExportPanel assessmentId="7" closed tenantAdmin={false} />);
    await user.click(screen.getByRole('button', { name: 'Results (CSV)' }));
    expect(await screen.findByText('Assessment 7 was not found.')).toBeInTheDocument();
    expect(saved).toEqual([]);
  });

  it('offers no names for an anonymous assessment and says why', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/assessments/7/answers.csv', respond: () => fileResponse('respondent\r\n', 'text/csv', 'a.csv') },
    ]);
    const { user } = renderWithProviders(<ExportPanel assessmentId="7" closed tenantAdmin anonymous />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(
      screen.getByText(/Anonymous assessment: one row per answer, without respondent, name or time/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Answers (CSV)' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(new URL(requests[0]!.url).searchParams.get('respondentNames')).not.toBe('true');
  });
});
