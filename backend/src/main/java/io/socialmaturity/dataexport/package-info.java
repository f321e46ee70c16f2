/**
 * The tenant's data export: a tenant admin downloads everything of their tenant (assessments, respondents, answers,
 * closed results, the action plan with its log, users' profile fields, engagements, the audit trail) as one ZIP of
 * JSON and CSV files with a manifest (row counts and SHA-256 of every file); no table of its own, it reads the other
 * features through their public faces. Public face: the API ({@code GET /api/v1/tenant/export.zip}); nothing for
 * other features.
 */
package io.socialmaturity.dataexport;
