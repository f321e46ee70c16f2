import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignAssessment, Completion, Schedule } from '@/features/campaigns/api/types';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import { CompletionByFunction } from './completion-by-function';
import { DueDateNote } from './due-date-note';
import { RemindersSection } from './reminders-section';
import { ScheduleSection } from './schedule-section';

const schedule = (overrides: Partial<Schedule> = {}): Schedule =>
  looseFixture<Schedule>({
    dueDate: '2026-12-10',
    dueAt: '2026-12-10T23:00:00Z',
    zone: 'Europe/Rome',
    daysLeft: 5,
    overdue: false,
    autoClose: false,
    reminderDaysBefore: null,
    reminderEveryDays: null,
    nextReminder: null,
    ...overrides,
  });

const respondent = (userId: string, name: string, submittedAt: string | null) => ({
  userId,
  name,
  email: `${userId}@acme.example`,
  businessFunction: 'marketing',
  invitedAt: '2026-11-01T10:00:00Z',
  submittedAt,
  answered: 0,
  questions: 12,
});

const detail = (overrides: Partial<CampaignAssessment> = {}): CampaignAssessment =>
  looseFixture<CampaignAssessment>({
    id: 'a1',
    title: 'Autumn 2026',
    status: 'OPEN',
    framework: { key: 'socially-enabled', version: 1 },
    createdAt: '2026-11-01T09:00:00Z',
    targets: {},
    respondents: [respondent('u1', 'Mario Rossi', null), respondent('u2', 'Ivo Bianchi', '2026-11-10T10:00:00Z')],
    progress: { respondents: 2, submitted: 1, answers: 0, expectedAnswers: 24 },
    schedule: null,
    completion: null,
    ...overrides,
  });

describe('the due date', () => {
  it('shows the date and the days left, "due today" and "overdue", in English and Italian', () => {
    const { rerender } = renderWithProviders(<DueDateNote schedule={schedule()} status="OPEN" />);
    expect(screen.getByText('Due by Dec 10, 2026 · 5 days left')).toBeInTheDocument();
    rerender(<DueDateNote schedule={schedule({ daysLeft: 0 })} status="OPEN" />);
    expect(screen.getByText(/due today/)).toBeInTheDocument();
    rerender(<DueDateNote schedule={schedule({ daysLeft: -2, overdue: true })} status="OPEN" />);
    expect(screen.getByText(/overdue/)).toBeInTheDocument();
    rerender(<DueDateNote schedule={schedule({ daysLeft: -2 })} status="CLOSED" />);
    expect(screen.getByText('Due by Dec 10, 2026')).toBeInTheDocument();
  });

  it('is in Italian', () => {
    renderWithProviders(<DueDateNote schedule={schedule({ daysLeft: 1 })} status="OPEN" />, { language: 'it' });
    expect(screen.getByText('Scadenza: 10 dic 2026 · manca 1 giorno')).toBeInTheDocument();
  });

  it('shows nothing without a due date', () => {
    const { container } = renderWithProviders(<DueDateNote schedule={null} status="OPEN" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('completion by business function', () => {
  const completion = (gapComputable: boolean): Completion => ({
    byFunction: [
      { businessFunction: 'marketing', respondents: 5, submitted: 3 },
      { businessFunction: 'it', respondents: 4, submitted: gapComputable ? 1 : 0 },
    ],
    gapComputable,
  });

  it('counts per function and warns while the marketing-vs-IT gap cannot be computed', () => {
    const { rerender } = renderWithProviders(<CompletionByFunction completion={completion(false)} />);
    expect(screen.getByText('Marketing 3 of 5 submitted')).toBeInTheDocument();
    expect(screen.getByText('IT 0 of 4 submitted')).toBeInTheDocument();
    expect(screen.getByText(/gap cannot be computed yet/)).toBeInTheDocument();
    rerender(<CompletionByFunction completion={completion(true)} />);
    expect(screen.getByText('IT 1 of 4 submitted')).toBeInTheDocument();
    expect(screen.queryByText(/gap cannot be computed yet/)).not.toBeInTheDocument();
  });
});

describe('the schedule form', () => {
  it('sends the due date, auto-close and reminders', async () => {
    const { requests } = stubFetch([
      {
        method: 'PUT',
        path: '/api/v1/assessments/a1/schedule',
        respond: () => jsonResponse(detail({ schedule: schedule({ autoClose: true }) })),
      },
    ]);
    const { user } = renderWithProviders(<ScheduleSection detail={detail()} />);
    expect(screen.getByText('No due date set.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Due date (optional)'), '2026-12-10');
    await user.click(screen.getByRole('checkbox', { name: 'Close automatically at the due date' }));
    await user.click(screen.getByRole('checkbox', { name: 'Send reminders to respondents who have not submitted' }));
    const before = screen.getByLabelText('First reminder, days before the due date');
    await user.clear(before);
    await user.type(before, '4');
    await user.click(screen.getByRole('button', { name: 'Save due date and reminders' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(await requests[0]!.json()).toEqual({
      dueDate: '2026-12-10',
      autoClose: true,
      reminderDaysBefore: 4,
      reminderEveryDays: 2,
    });
    expect(await screen.findByText('Due date and reminders saved.')).toBeInTheDocument();
  });

  it('shows the server’s message under the field it names', async () => {
    stubFetch([
      {
        method: 'PUT',
        path: '/api/v1/assessments/a1/schedule',
        respond: () =>
          problemResponse({
            type: 'https://social-maturity.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            violations: [{ field: 'dueDate', message: 'must be today (2026-12-03) or later' }],
          }),
      },
    ]);
    const { user } = renderWithProviders(<ScheduleSection detail={detail()} />);
    await user.type(screen.getByLabelText('Due date (optional)'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Save due date and reminders' }));
    expect(await screen.findByText('must be today (2026-12-03) or later')).toBeInTheDocument();
    expect(screen.getByLabelText('Due date (optional)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('is read-only once closed', () => {
    renderWithProviders(<ScheduleSection detail={detail({ status: 'CLOSED', schedule: schedule() })} />);
    expect(screen.getByText('Due by Dec 10, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save due date and reminders' })).not.toBeInTheDocument();
  });
});

describe('remind now', () => {
  it('reminds one respondent who has not submitted, or all, and says what was skipped', async () => {
    const { requests } = stubFetch([
      {
        method: 'POST',
        path: '/api/v1/assessments/a1/reminders',
        respond: async (request) => {
          const body = (await request.clone().json()) as { userId?: string };
          return jsonResponse(
            body.userId
              ? { queued: 1, skipped: 0, queuedTo: ['u1'], skippedRespondents: [] }
              : {
                  queued: 0,
                  skipped: 1,
                  queuedTo: [],
                  skippedRespondents: [{ userId: 'u1', reason: 'reminded-today' }],
                },
          );
        },
      },
    ]);
    const { user } = renderWithProviders(<RemindersSection detail={detail()} />);
    expect(screen.getByText('1 respondent has not submitted yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remind Ivo Bianchi' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remind Mario Rossi' }));
    expect(await screen.findByText('1 reminders queued, 0 skipped.')).toBeInTheDocument();
    expect(await requests[0]!.json()).toEqual({ userId: 'u1' });
    await user.click(screen.getByRole('button', { name: 'Remind all who have not submitted' }));
    expect(
      await screen.findByText(/0 reminders queued, 1 skipped. At most one reminder per person a day/),
    ).toBeInTheDocument();
    expect(await requests[1]!.json()).toEqual({});
  });

  it('is not offered unless the assessment is open', () => {
    const { container } = renderWithProviders(<RemindersSection detail={detail({ status: 'DRAFT' })} />);
    expect(container).toBeEmptyDOMElement();
  });
});
