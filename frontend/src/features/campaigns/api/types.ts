import type { ResponseOf } from '@/lib/api/typed';

/** The assessment as the manage page reads it (GET /api/v1/assessments/{id}), with its schedule and completion. */
export type CampaignAssessment = ResponseOf<'/assessments/{id}', 'get'>;

/** Due date, days left, auto-close and reminders; null when no due date is set. */
export type Schedule = NonNullable<CampaignAssessment['schedule']>;

/** Respondents and submissions by business function, and whether the marketing-vs-IT gap can be computed. */
export type Completion = NonNullable<CampaignAssessment['completion']>;
