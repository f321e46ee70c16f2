import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { RetentionPanel } from './retention-panel';

const URI = '/api/v1/tenant/retention';

const view = (years: number | null, closedPastRetention = 0) => ({
  years,
  minimumYears: 1,
  maximumYears: 50,
  closedPastRetention,
  updatedAt: null,
});

describe('RetentionPanel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows "keep forever", saves a number of years and shows the new setting', async () => {
    const { requests } = stubFetch([
      { path: URI, respond: () => jsonResponse(view(null)) },
      { path: URI, method: 'PUT', respond: () => jsonResponse(view(3, 2)) },
    ]);
    const { user } = renderWithProviders(<RetentionPanel />);
    expect(await screen.findByText('closed assessments are kept forever.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Data retention' })).toBeInTheDocument();
    expect(screen.getByText(/deleted for good, with its respondents, answers/)).toBeInTheDocument();

    const input = screen.getByRole('spinbutton', { name: 'Keep closed assessments for (years)' });
    expect(input).toHaveAccessibleDescription(/From 1 to 50 years/);
    await user.type(input, '3');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Retention saved.');
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ years: 3 });
    expect(await screen.findByText('closed assessments are kept for 3 years after they close.')).toBeInTheDocument();
    expect(screen.getByText(/2 closed assessments are already older than that/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep forever' })).toBeInTheDocument();
  });

  it('shows the server violation on years next to the field', async () => {
    stubFetch([
      { path: URI, respond: () => jsonResponse(view(5)) },
      {
        path: URI,
        method: 'PUT',
        respond: () =>
          problemResponse({
            title: 'Invalid request',
            status: 400,
            detail: 'years: must be between 1 and 50',
            violations: [{ field: 'years', message: 'must be between 1 and 50' }],
          }),
      },
    ]);
    const { user } = renderWithProviders(<RetentionPanel />);
    const input = await screen.findByRole('spinbutton', { name: 'Keep closed assessments for (years)' });
    expect(input).toHaveValue(5);
    await user.clear(input);
    await user.type(input, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));

    expect(await screen.findByText('must be between 1 and 50')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/must be between 1 and 50/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a number when the field is empty, without calling the server', async () => {
    const { requests } = stubFetch([{ path: URI, respond: () => jsonResponse(view(null)) }]);
    const { user } = renderWithProviders(<RetentionPanel />);
    await screen.findByText('closed assessments are kept forever.');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(screen.getByText('Enter a number of years from 1 to 50.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
