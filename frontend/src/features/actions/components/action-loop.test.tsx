import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssessmentLoop } from '@/features/actions/api/actions';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { renderWithProviders } from '@/testing/test-utils';
import { ActionLoopSection } from './action-loop';

const loop: AssessmentLoop = {
  assessmentId: 7,
  title: 'Spring 2027',
  frameworkKey: 'socially-enabled',
  closedAt: '2027-04-01T10:00:00Z',
  previousAssessmentId: 3,
  previousClosedAt: '2026-10-01T10:00:00Z',
  overallScore: 61,
  overallChange: 8,
  actionsDone: 3,
  dimensions: [
    {
      dimension: 'marketing',
      dimensionName: 'Marketing',
      score: 80,
      change: 12,
      targetMet: true,
      actionsDone: 3,
      done: [
        { id: 1, title: 'Social listening', doneAt: '2026-11-01T10:00:00Z' },
        { id: 2, title: 'Content calendar', doneAt: '2026-12-01T10:00:00Z' },
        { id: 4, title: 'Community manager', doneAt: '2027-01-01T10:00:00Z' },
      ],
      suggestedForClosing: [{ id: 5, title: 'Influencer programme', status: 'IN_PROGRESS' }],
    },
    {
      dimension: 'sales',
      dimensionName: 'Sales',
      score: 40,
      change: -2.5,
      targetMet: false,
      actionsDone: 0,
      done: [],
      suggestedForClosing: [],
    },
  ],
};

describe('ActionLoopSection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows each dimension as "3 actions done, +12 points" and closes a suggested action with a note', async () => {
    const { requests } = stubFetch([
      { path: '/api/v1/actions/loop/7', respond: () => jsonResponse(loop) },
      { method: 'POST', path: '/api/v1/actions/5/updates', respond: () => jsonResponse({ id: 5 }) },
    ]);
    const { user } = renderWithProviders(
      <MemoryRouter>
        <ActionLoopSection assessmentId={7} />
      </MemoryRouter>,
    );
    const marketing = await screen.findByRole('row', { name: /Marketing/ });
    expect(within(marketing).getByText('3 actions done, +12 points')).toBeInTheDocument();
    expect(within(marketing).getByText('Target met')).toBeInTheDocument();
    expect(within(marketing).getByText('Content calendar')).toBeInTheDocument();
    const sales = screen.getByRole('row', { name: /Sales/ });
    expect(within(sales).getByText('0 actions done, -2.5 points')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark done: Influencer programme' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST')!;
    const body = (await post.json()) as { status: string; note: string };
    expect(body.status).toBe('DONE');
    expect(body.note).toMatch(/target/);
  });
});
