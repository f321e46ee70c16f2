/**
 * Retention: a tenant admin chooses how many years (1-50, none = keep forever) closed assessments are kept; a daily
 * job ({@link io.socialmaturity.retention.RetentionJob}, {@code maturity.retention.jobs-enabled}) deletes every
 * closed assessment whose close is older than that, with all its rows in every table that names it (answers,
 * respondents, links, targets, schedule, snapshot, closed results, benchmark rows, engagement links, cycle links,
 * its mails in the outbox; an action or proposal made from it stays, without the link). Each deletion is recorded in
 * the tenant's and in the platform's audit trail; so is every change of the setting. Table tenant_retention (V27).
 * Public face: the API ({@code GET/PUT /api/v1/tenant/retention}); nothing for other features. It deletes other
 * features' rows by SQL on purpose, in the foreign keys' order and in one transaction per assessment: the list is
 * {@link io.socialmaturity.retention.AssessmentPurge#HANDLED}, which RetentionCoverageTest compares with the schema.
 */
package io.socialmaturity.retention;
