import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { History } from '@/features/history/api/get-history';
import { stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { HistoryView } from './history-view';

type Result = History['results'][number];

const result = (
  id: number,
  kind: 'FULL' | 'PULSE',
  closedAt: string,
  it: number | null,
  series: Result['series'] = null,
): Result => ({
  assessmentId: id,
  title: kind === 'PULSE' ? `Pulse ${id}` : `Full ${id}`,
  frameworkKey: kind === 'PULSE' ? 'collaboration-pulse' : 'socially-enabled',
  frameworkVersion: 1,
  closedAt,
  overallScore: 50,
  overallLevel: 3,
  overallChange: null,
  sociallyEnabled: false,
  respondentCount: 2,
  dimensions: kind === 'PULSE' ? [{ key: 'pulse', score: 60, level: 4, change: null }] : [],
  kind,
  figures: [{ key: 'oracle.collab_frequent.it', question: 'aln.collab_frequency', companyValue: it, sampleSize: 1 }],
  series,
});

const references: History['references'] = [
  {
    key: 'oracle.collab_frequent.it',
    question: 'aln.collab_frequency',
    population: 'it',
    value: 26,
    year: 2013,
    publisher: 'Oracle, with Leader Networks and Social Media Today',
    study: 'Socially Driven Collaboration',
  },
];

const results = [
  result(1, 'FULL', '2026-01-10T10:00:00Z', 0),
  result(2, 'PULSE', '2026-04-10T10:00:00Z', 100, { seriesId: 2, previousId: null, nextId: 3 }),
  result(3, 'PULSE', '2026-07-10T10:00:00Z', null, { seriesId: 2, previousId: 2, nextId: null }),
  result(4, 'FULL', '2026-10-10T10:00:00Z', 50),
];

describe('the pulse trend of the history', () => {
  it('draws pulse points between the full assessments against the published 2013 figure, with a table', () => {
    stubFetch([]);
    renderWithProviders(<HistoryView results={results} references={references} language="en" />);

    expect(screen.getByRole('heading', { name: 'Collaboration pulse between full assessments' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /IT: frequent collaboration with marketing/ });
    expect(chart).toHaveAccessibleName(/published 2013 figure \(2013: 26%\)/);
    // squares for full assessments, circles for pulses; the pulse without an answer has no point
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    expect(chart.querySelectorAll('circle')).toHaveLength(1);
    expect(chart.querySelector('.pulse-trend__reference')).not.toBeNull();

    const table = screen.getByRole('table', { name: /Share of respondents per published figure/ });
    expect(within(table).getByRole('columnheader', { name: /IT: frequent collaboration.*2013: 26%/ })).toBeVisible();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Full 1', 'Pulse 2', 'Full 4']);
    // a pulse where nobody of the compared functions answered has no row
    expect(rows[1]).toHaveTextContent('Pulse');
    expect(rows[1]).toHaveTextContent('100% (n = 1)');
    expect(rows[2]).toHaveTextContent('50% (n = 1)');

    // the full assessments' own table leaves the pulses out
    const full = screen.getByRole('table', { name: /Scores of each closed assessment/ });
    expect(within(full).queryByText('Pulse 2')).not.toBeInTheDocument();
  });

  it('speaks Italian', () => {
    stubFetch([]);
    renderWithProviders(<HistoryView results={results} references={references} language="it" />, { language: 'it' });
    expect(screen.getByRole('img', { name: /IT: collaborazione frequente con il marketing/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Quota dei rispondenti/ })).toBeInTheDocument();
  });

  it('shows no pulse section without a closed pulse', () => {
    stubFetch([]);
    renderWithProviders(<HistoryView results={[results[0]!, results[3]!]} references={references} language="en" />);
    expect(screen.queryByRole('heading', { name: /Collaboration pulse/ })).not.toBeInTheDocument();
  });
});
