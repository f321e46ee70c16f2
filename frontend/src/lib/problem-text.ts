import type { TFunction } from 'i18next';
import { ProblemError, type Violation } from './api-client';

/*
 * The UI's own words for the server's problems, used when the server answered in another language than
 * the UI's (the server localises by Accept-Language; this is the fallback): a known problem type gets the
 * UI's text for it, and the usual validation messages ("must not be blank") get theirs.
 */

const TYPE_PREFIX = 'https://socialmaturity.io/problems/';

/** Problem types with a text of their own in locales (`problems.type.<key>`). */
const knownTypes = {
  'invalid-request': 'invalidRequest',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'notFound',
  conflict: 'conflict',
  'assessment-not-open': 'assessmentNotOpen',
  'assessment-not-closed': 'assessmentNotClosed',
  'stale-answer': 'staleAnswer',
  'no-respondents': 'noRespondents',
  'respondent-has-answers': 'respondentHasAnswers',
  'self-disable': 'selfDisable',
  'self-remove': 'selfRemove',
  'last-admin': 'lastAdmin',
  'shared-account': 'sharedAccount',
  'forbidden-role': 'forbiddenRole',
  'email-taken': 'emailTaken',
  'domain-taken': 'domainTaken',
  'alias-taken': 'aliasTaken',
  'identity-provider-unavailable': 'identityProviderUnavailable',
  'mail-unavailable': 'mailUnavailable',
  'database-unavailable': 'databaseUnavailable',
  'internal-error': 'internalError',
  'engagement-not-pending': 'engagementNotPending',
} as const;

type KnownType = keyof typeof knownTypes;

/** `https://socialmaturity.io/problems/last-admin` → `last-admin`. */
export const problemTypeOf = (problem: ProblemError): string =>
  problem.type.startsWith(TYPE_PREFIX) ? problem.type.slice(TYPE_PREFIX.length) : problem.type;

/** The UI's text for a known problem type, or undefined. */
export function problemTypeText(t: TFunction, problem: ProblemError): string | undefined {
  const type = problemTypeOf(problem);
  return Object.hasOwn(knownTypes, type) ? t(`problems.type.${knownTypes[type as KnownType]}`) : undefined;
}

/** The UI's text for a usual validation message of the server (Bean Validation's English defaults). */
export function violationText(t: TFunction, message: string): string {
  const text = message.trim();
  let match: RegExpExecArray | null;
  if (/^must not be (blank|null|empty)$/i.test(text) || /^is required$/i.test(text))
    return t('problems.violation.required');
  if ((match = /^size must be between (\d+) and (\d+)$/i.exec(text)))
    return t('problems.violation.size', { min: match[1], max: match[2] });
  if (/well-formed email/i.test(text)) return t('problems.violation.email');
  if ((match = /^must be (?:less than or equal to|at most) (-?\d+)$/i.exec(text)))
    return t('problems.violation.max', { max: match[1] });
  if ((match = /^must be (?:greater than or equal to|at least) (-?\d+)$/i.exec(text)))
    return t('problems.violation.min', { min: match[1] });
  if (/http\(s\) link/i.test(text)) return t('problems.violation.link');
  return t('problems.violation.invalid');
}

/** The problem in the UI's words (see the module comment); the server's own when nothing is known. */
export function localizeProblem(t: TFunction, problem: ProblemError): ProblemError {
  const violations: Violation[] = problem.violations.map((v) => ({
    field: v.field,
    message: violationText(t, v.message),
  }));
  return new ProblemError({
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problemTypeText(t, problem) ?? problem.detail,
    violations,
    extra: problem.extra,
  });
}
