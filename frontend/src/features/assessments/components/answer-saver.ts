import { isProblemError } from '@/lib/api-client';
import type { Answer } from '@/features/assessments/api/get-questionnaire';
import type { SaveAnswerBody } from '@/features/assessments/api/save-answer';
import { normalizeLink } from '@/features/assessments/evidence-link';

/** What the user has entered for one question (not necessarily saved yet). */
export type Draft = { optionKey: string | null; notApplicable: boolean; comment: string; evidenceUrl: string };

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'retrying' }
  /** Someone else saved this answer meanwhile: the user chooses. */
  | { kind: 'conflict'; current: Answer }
  /** The server refused the answer itself (400 on the choice): kept until the choice changes. */
  | { kind: 'invalid'; message: string | undefined }
  /** Refused for another reason (e.g. 403 once the assessment closed): not retried. */
  | { kind: 'failed'; message: string | undefined }
  /** The sign-in session ended (401): the answer is kept on this device until the user signs in again. */
  | { kind: 'signedOut' };

/**
 * Fields whose value was not saved, with the server's message ('' when the check was local). A refused
 * comment or evidence link never holds back the choice: the rest of the answer is saved without it.
 */
export type FieldErrors = Partial<Record<'optionKey' | 'notApplicable' | 'comment' | 'evidenceUrl', string>>;

export type SaverSnapshot = { draft: Draft; status: SaveStatus; fieldErrors: FieldErrors };

/** An answer not yet saved, as kept on the device: what the user entered and the revision it starts from. */
export type PendingDraft = { draft: Draft; baseRevision: number };

export type AnswerSaverOptions = {
  initial: Answer | null;
  /** Entered earlier and not saved then (e.g. before the session ended): sent by start(). */
  restored?: PendingDraft | undefined;
  save: (body: SaveAnswerBody) => Promise<Answer>;
  onSaved: (answer: Answer) => void;
  /** Told the unsaved answer after every change (null once the server has all of it), to keep it on the device. */
  persist?: (pending: PendingDraft | null) => void;
  debounceMs: number;
  retryBaseMs: number;
  retryMaxMs?: number;
};

export const draftOf = (answer: Answer | null): Draft => ({
  optionKey: answer?.optionKey ?? null,
  notApplicable: answer?.notApplicable ?? false,
  comment: answer?.comment ?? '',
  evidenceUrl: answer?.evidenceUrl ?? '',
});

/** The content the server would store for a draft (trimmed; a link as normalised, null when no link). */
function contentOf(draft: Draft) {
  return {
    optionKey: draft.notApplicable ? null : draft.optionKey,
    notApplicable: draft.notApplicable,
    comment: draft.comment.trim(),
    evidenceUrl: normalizeLink(draft.evidenceUrl),
  };
}

function sameContent(a: Draft, b: Draft): boolean {
  const x = contentOf(a);
  const y = contentOf(b);
  return (
    x.optionKey === y.optionKey &&
    x.notApplicable === y.notApplicable &&
    x.comment === y.comment &&
    x.evidenceUrl === y.evidenceUrl
  );
}

type Extra = 'comment' | 'evidenceUrl';

/**
 * The autosave of one answer, outside React: every change is sent (text fields after a pause), one
 * request at a time, always with the latest value and the revision of the last saved answer. Network
 * errors and 5xx are retried with exponential backoff and the pending value is never dropped; a 409
 * waits for the user to keep their value or adopt the current one; a 401 keeps it until the user has
 * signed in again. What the server does not have yet is handed to `persist` after every change.
 */
export class AnswerSaver {
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private revision: number;
  /** What the server has stored, as a draft. */
  private saved: Draft;
  /** A comment or link the server refused (its sent value): sent no more until the field changes. */
  private refused: Partial<Record<Extra, string>> = {};
  private inFlight = false;
  /** The draft has changes that the server has not acknowledged. */
  private dirty = false;
  private attempts = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: AnswerSaverOptions) {
    this.revision = options.initial?.revision ?? 0;
    this.saved = draftOf(options.initial);
    let draft = this.saved;
    const restored = options.restored;
    if (restored && !sameContent(restored.draft, this.saved)) {
      draft = restored.draft;
      this.revision = restored.baseRevision;
      this.dirty = true;
    }
    this.snapshot = { draft, status: { kind: 'idle' }, fieldErrors: {} };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaverSnapshot => this.snapshot;

  /** Whether a change still waits to be saved. */
  get pending(): boolean {
    return this.dirty || this.inFlight;
  }

  /** Sends a restored answer (see `restored`). */
  start() {
    if (this.dirty) void this.send();
  }

  private update(next: Partial<SaverSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    const unsaved = this.dirty || this.inFlight || !sameContent(this.snapshot.draft, this.saved);
    this.options.persist?.(unsaved ? { draft: this.snapshot.draft, baseRevision: this.revision } : null);
    this.listeners.forEach((listener) => listener());
  }

  /** Records a change; sends it now, or after the debounce pause for text typing. */
  change(patch: Partial<Draft>, { debounce = false }: { debounce?: boolean } = {}) {
    const draft = { ...this.snapshot.draft, ...patch };
    const fieldErrors = { ...this.snapshot.fieldErrors };
    let status = this.snapshot.status;
    (Object.keys(patch) as (keyof Draft)[]).forEach((field) => {
      delete fieldErrors[field];
      if (field === 'comment' || field === 'evidenceUrl') delete this.refused[field];
    });
    if ('optionKey' in patch || 'notApplicable' in patch) {
      delete fieldErrors.optionKey;
      delete fieldErrors.notApplicable;
      if (status.kind === 'invalid') status = { kind: 'idle' };
    }
    this.dirty = true;
    this.update({ draft, status, fieldErrors });
    clearTimeout(this.debounceTimer);
    if (debounce) this.debounceTimer = setTimeout(() => void this.send(), this.options.debounceMs);
    else void this.send();
  }

  /** Sends a debounced change now (e.g. when the field loses focus). */
  flush() {
    if (this.debounceTimer !== undefined) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
      void this.send();
    }
  }

  /** The evidence field lost focus: show the link as it is saved (`www.acme.it` → `https://www.acme.it`). */
  normalizeEvidence() {
    const normalized = normalizeLink(this.snapshot.draft.evidenceUrl);
    if (normalized && normalized !== this.snapshot.draft.evidenceUrl) {
      this.update({ draft: { ...this.snapshot.draft, evidenceUrl: normalized } });
    }
  }

  /** Conflict: overwrite the other change with ours. */
  keepMine() {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return;
    this.revision = status.current.revision;
    this.saved = draftOf(status.current);
    this.dirty = true;
    this.update({ status: { kind: 'idle' } });
    void this.send();
  }

  /** Conflict: adopt the other change. */
  useTheirs() {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return;
    this.revision = status.current.revision;
    this.saved = draftOf(status.current);
    this.dirty = false;
    this.refused = {};
    this.options.onSaved(status.current);
    this.update({ draft: draftOf(status.current), status: { kind: 'saved' }, fieldErrors: {} });
  }

  /** The field is going away: typing that waits for its pause is sent now; retries go on until saved. */
  dispose() {
    this.flush();
  }

  /** The body for a draft: a link that is no web address, or a refused value, is left as saved. */
  private bodyOf(draft: Draft): { body: SaveAnswerBody; heldBack: Extra[] } {
    const body: SaveAnswerBody = { baseRevision: this.revision };
    const heldBack: Extra[] = [];
    if (draft.notApplicable) body.notApplicable = true;
    else if (draft.optionKey !== null) body.optionKey = draft.optionKey;
    let comment = draft.comment.trim();
    if (this.refused.comment !== undefined && this.refused.comment === comment) {
      comment = this.saved.comment;
      heldBack.push('comment');
    }
    if (comment) body.comment = comment;
    let evidenceUrl = normalizeLink(draft.evidenceUrl);
    if (evidenceUrl === null || (this.refused.evidenceUrl !== undefined && this.refused.evidenceUrl === evidenceUrl)) {
      evidenceUrl = this.saved.evidenceUrl;
      heldBack.push('evidenceUrl');
    }
    if (evidenceUrl) body.evidenceUrl = evidenceUrl;
    return { body, heldBack };
  }

  private sameAsSaved(body: SaveAnswerBody): boolean {
    const saved = this.saved;
    return (
      this.revision > 0 &&
      (body.optionKey ?? null) === (saved.notApplicable ? null : saved.optionKey) &&
      (body.notApplicable ?? false) === saved.notApplicable &&
      (body.comment ?? '') === saved.comment &&
      (body.evidenceUrl ?? '') === saved.evidenceUrl
    );
  }

  private async send(): Promise<void> {
    if (this.inFlight || !this.dirty || this.snapshot.status.kind === 'conflict') return;
    clearTimeout(this.retryTimer);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    const sent = this.snapshot.draft;
    const { body, heldBack } = this.bodyOf(sent);
    const fieldErrors = { ...this.snapshot.fieldErrors };
    if (normalizeLink(sent.evidenceUrl) === null) fieldErrors.evidenceUrl ??= '';
    const hasChoice = body.optionKey !== undefined || body.notApplicable === true;
    if (!hasChoice) {
      // nothing chosen yet: a comment or link alone is kept (on the device too) until an option is chosen
      this.dirty = false;
      this.update({ fieldErrors: { ...fieldErrors, optionKey: '' }, status: { kind: 'idle' } });
      return;
    }
    if (this.sameAsSaved(body)) {
      // what would go is what the server has (a link held back was the only change): nothing to send
      this.dirty = false;
      this.update({ fieldErrors, status: { kind: 'saved' } });
      return;
    }
    this.inFlight = true;
    this.dirty = false;
    if (this.snapshot.status.kind !== 'retrying') this.update({ status: { kind: 'saving' }, fieldErrors });
    else this.update({ fieldErrors });
    try {
      const saved = await this.options.save(body);
      this.inFlight = false;
      this.attempts = 0;
      this.revision = saved.revision;
      this.saved = draftOf(saved);
      this.options.onSaved(saved);
      if (this.dirty) void this.send();
      else this.update({ status: { kind: 'saved' } });
    } catch (error) {
      this.inFlight = false;
      this.dirty = true; // what was sent is not saved: it, or a later change, goes again
      if (isProblemError(error) && error.status === 409 && isAnswer(error.extra.current)) {
        this.update({ status: { kind: 'conflict', current: error.extra.current } });
      } else if (isProblemError(error) && error.status === 401) {
        this.update({ status: { kind: 'signedOut' } }); // kept (and persisted) until the user signs in again
      } else if (isProblemError(error) && error.status === 400) {
        const errors: FieldErrors = { ...this.snapshot.fieldErrors };
        error.violations.forEach((violation) => {
          const field = violation.field as keyof FieldErrors;
          errors[field] ??= violation.message;
        });
        const refusedExtras = error.violations.map((v) => v.field);
        const extrasOnly =
          refusedExtras.length > 0 &&
          refusedExtras.every(
            (field): field is Extra => (field === 'comment' || field === 'evidenceUrl') && !heldBack.includes(field),
          );
        if (extrasOnly) {
          // Save the choice (and the rest) without the refused comment or link; the field shows why.
          refusedExtras.forEach((field) => {
            this.refused[field] = field === 'comment' ? (body.comment ?? '') : (body.evidenceUrl ?? '');
          });
          this.update({ fieldErrors: errors });
          void this.send();
        } else {
          this.dirty = false; // the same value would be refused again; the next change is sent
          this.update({ fieldErrors: errors, status: { kind: 'invalid', message: error.detail ?? error.title } });
        }
      } else if (isProblemError(error) && error.status < 500 && error.status !== 408 && error.status !== 429) {
        this.dirty = false;
        this.update({ status: { kind: 'failed', message: error.detail ?? error.title } });
      } else {
        // Network error or a server failure: try again later, with the latest value.
        this.attempts += 1;
        const delay = Math.min(this.options.retryBaseMs * 2 ** (this.attempts - 1), this.options.retryMaxMs ?? 30_000);
        this.update({ status: { kind: 'retrying' } });
        this.retryTimer = setTimeout(() => void this.send(), delay);
      }
    }
  }
}

function isAnswer(value: unknown): value is Answer {
  return typeof value === 'object' && value !== null && typeof (value as Answer).revision === 'number';
}
