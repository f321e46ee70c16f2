import { PENDING_ANSWERS_PREFIX as PREFIX } from '@/lib/session';
import type { Draft, PendingDraft } from './answer-saver';

/*
 * Answers entered but not saved yet, kept in localStorage per user and assessment, so that nothing is lost
 * when the sign-in session ends, the tab is closed or the page is reloaded before the server has them.
 * An entry is removed as soon as the server has the whole answer. Nothing else of the user is stored.
 */

export const pendingAnswersKey = (userId: string, assessmentId: string) => `${PREFIX}.${userId}.${assessmentId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const isDraft = (value: unknown): value is Draft => {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    (d.optionKey === null || typeof d.optionKey === 'string') &&
    typeof d.notApplicable === 'boolean' &&
    typeof d.comment === 'string' &&
    typeof d.evidenceUrl === 'string'
  );
};

/** The unsaved answers of one user in one assessment, by question key. */
export function readPendingAnswers(userId: string, assessmentId: string): Record<string, PendingDraft> {
  try {
    const raw = storage()?.getItem(pendingAnswersKey(userId, assessmentId));
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, PendingDraft] =>
          typeof entry[1] === 'object' &&
          entry[1] !== null &&
          isDraft((entry[1] as PendingDraft).draft) &&
          typeof (entry[1] as PendingDraft).baseRevision === 'number',
      ),
    );
  } catch {
    return {};
  }
}

/** Keeps (or, with null, forgets) the unsaved answer to one question. */
export function writePendingAnswer(
  userId: string,
  assessmentId: string,
  questionKey: string,
  pending: PendingDraft | null,
) {
  const store = storage();
  if (!store) return;
  try {
    const all = readPendingAnswers(userId, assessmentId);
    if (pending) all[questionKey] = pending;
    else if (questionKey in all) delete all[questionKey];
    else return;
    const key = pendingAnswersKey(userId, assessmentId);
    if (Object.keys(all).length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(all));
  } catch {
    // storage full or unavailable: the answer still lives in memory and is retried
  }
}
