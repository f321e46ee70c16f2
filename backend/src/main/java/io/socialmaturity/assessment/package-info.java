/**
 * Assessments: their life (draft, open, closed), respondents, questionnaires, autosaved answers, results and snapshots,
 * and their campaign: due date, auto-close, reminders (queued through mail.MailQueue) and completion by function.
 * Public face: {@link io.socialmaturity.assessment.AssessmentQueries} (reads), {@link io.socialmaturity.assessment.AssessmentClosed}, the API records.
 */
package io.socialmaturity.assessment;
