/**
 * Campaigns: an assessment's due date, auto-close and reminders, and completion by business function. The
 * manage page and the home list show them; the questionnaire shows the due date.
 */
export { CompletionByFunction } from './components/completion-by-function';
export { DueDateField } from './components/due-date-field';
export { DueDateNote } from './components/due-date-note';
export { RemindersSection } from './components/reminders-section';
export { ScheduleSection } from './components/schedule-section';
export type { Completion, Schedule } from './api/types';
