/**
 * Personal links: respondents without an account, added by email to one assessment, who answer it through a
 * random link (only its SHA-256 is stored; it expires, can be revoked and re-sent) with the same questionnaire,
 * autosave and conflict handling as signed-in respondents. Owns table external_respondent and the public
 * {@code /api/v1/respond/{token}} endpoints, whose tenant and assessment come only from the link's row.
 * Public face: none (its API only).
 */
package io.socialmaturity.links;
