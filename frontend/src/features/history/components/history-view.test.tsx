import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { History } from '@/features/history/api/get-history';
import { stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { HistoryView } from './history-view';

type Result = History['results'][number];

const full = (id: number, closedAt: string, marketing: number, change: number | null): Result => ({
  assessmentId: id,
  title: `Full ${id}`,
  frameworkKey: 'socially-enabled',
  frameworkVersion: 1,
  closedAt,
  overallScore: marketing,
  overallLevel: 3,
  overallChange: change,
  sociallyEnabled: false,
  respondentCount: 2,
  dimensions: [
    { key: 'marketing', score: marketing, level: 3, change },
    { key: 'sales', score: 40, level: 2, change: change === null ? null : 0 },
  ],
  kind: 'FULL',
  figures: [],
  series: null,
});

describe('the history table with the action plan', () => {
  it('puts the actions done since the previous result beside the score change of their dimension', () => {
    stubFetch([]);
    const done = new Map([[2, new Map([['marketing', 3]])]]);
    renderWithProviders(
      <HistoryView
        results={[full(1, '2026-01-10T10:00:00Z', 50, null), full(2, '2026-07-10T10:00:00Z', 62, 12)]}
        language="en"
        actionsDone={done}
      />,
    );
    const table = screen.getByRole('table', { name: /Scores of each closed assessment/ });
    const latest = within(table).getByRole('row', { name: /Full 2/ });
    expect(latest).toHaveTextContent('62 (+12) 3 actions done');
    // no mark where nothing was done, nor without the plan's data
    const first = within(table).getByRole('row', { name: /Full 1/ });
    expect(first).not.toHaveTextContent('done');
  });

  it('shows no action counts to a reader without the plan (a consultant)', () => {
    stubFetch([]);
    renderWithProviders(
      <HistoryView
        results={[full(1, '2026-01-10T10:00:00Z', 50, null), full(2, '2026-07-10T10:00:00Z', 62, 12)]}
        language="it"
      />,
      { language: 'it' },
    );
    expect(screen.queryByText(/completat/)).not.toBeInTheDocument();
  });
});
