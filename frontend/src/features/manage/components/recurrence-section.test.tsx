import { screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AssessmentDetail } from '@/features/manage/api/get-assessment';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import { RecurrenceSection } from './recurrence-section';

const detail = (overrides: Partial<AssessmentDetail> = {}): AssessmentDetail =>
  looseFixture<AssessmentDetail>({
    id: 7,
    title: 'Social maturity · 2027-Q1',
    status: 'DRAFT',
    framework: { key: 'socially-enabled', version: 1 },
    createdAt: '2026-12-03T09:00:00Z',
    openedAt: null,
    closedAt: null,
    targets: {},
    respondents: [],
    progress: { respondents: 0, submitted: 0, answers: 0, expectedAnswers: 0 },
    recurrence: {
      repeatEveryMonths: 3,
      pinFrameworkVersion: false,
      seriesId: 5,
      previous: { id: 5, title: 'Social maturity', status: 'CLOSED' },
      next: null,
    },
    ...overrides,
  });

function renderSection(initial: AssessmentDetail, language: 'en' | 'it' = 'en') {
  const router = createMemoryRouter([{ path: '/', element: <RecurrenceSection detail={initial} /> }], {
    initialEntries: ['/'],
  });
  return renderWithProviders(<RouterProvider router={router} />, { language });
}

describe('the repeat section of the management page', () => {
  it('shows the series and saves a new interval with the pinned version', async () => {
    const { requests } = stubFetch([
      {
        method: 'PUT',
        path: '/api/v1/assessments/7/recurrence',
        respond: () =>
          jsonResponse(
            detail({
              recurrence: {
                repeatEveryMonths: 6,
                pinFrameworkVersion: true,
                seriesId: 5,
                previous: { id: 5, title: 'Social maturity', status: 'CLOSED' },
                next: null,
              },
            }),
          ),
      },
    ]);
    const { user } = renderSection(detail());

    const series = screen.getByRole('list', { name: 'Cycles of this series' });
    expect(within(series).getByRole('link', { name: 'Social maturity (Closed)' })).toHaveAttribute(
      'href',
      '/assessments/5/manage',
    );
    const repeat = screen.getByRole('combobox', { name: 'Repeat' });
    expect(repeat).toHaveDisplayValue('Every 3 months');
    await user.selectOptions(repeat, '6');
    await user.click(screen.getByRole('checkbox', { name: /Keep this framework version/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Repeat setting saved.');
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ repeatEveryMonths: 6, pinFrameworkVersion: true });
  });

  it('stops the repetition and shows a refusal next to the field', async () => {
    const { requests } = stubFetch([
      {
        method: 'PUT',
        path: '/api/v1/assessments/7/recurrence',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'repeatEveryMonths', message: 'must be greater than or equal to 1' }],
          }),
      },
    ]);
    const { user } = renderSection(detail());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repeat' }), '');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('must be greater than or equal to 1')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Repeat' })).toHaveAccessibleDescription(
      /must be greater than or equal to 1/,
    );
    expect(await requests[0]!.json()).toEqual({ repeatEveryMonths: null, pinFrameworkVersion: false });
  });

  it('is read-only once closed, in Italian too', () => {
    stubFetch([]);
    renderSection(
      detail({
        status: 'CLOSED',
        recurrence: {
          repeatEveryMonths: 3,
          pinFrameworkVersion: false,
          seriesId: 5,
          previous: null,
          next: { id: 9, title: 'Social maturity · 2027-Q2', status: 'DRAFT' },
        },
      }),
      'it',
    );
    expect(screen.getByText('Questa valutazione si ripeteva ogni 3 mesi.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Social maturity · 2027-Q2 (Bozza)' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
