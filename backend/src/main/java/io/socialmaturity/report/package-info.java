/**
 * Reports and exports: the assessment report (PDF), the CSV exports and the comparison of clients for consultants.
 * No public face: only its controllers use it; it reads the other features through theirs.
 */
package io.socialmaturity.report;
