import { isProblemError } from '@/lib/api-client';
import type { Answer } from '@/features/assessments/api/get-questionnaire';
import type { SaveAnswerBody } from '@/features/assessments/api/save-answer';

/** What the user has entered for one question (not necessarily saved yet). */
export type Draft = { optionKey: string | null; notApplicable: boolean; comment: string; evidenceUrl: string };

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'retrying' }
  /** Someone else saved this answer meanwhile: the user chooses. */
  | { kind: 'conflict'; current: Answer }
  /** The server refused the value (400): messages per field, kept until the field changes. */
  | { kind: 'invalid'; fieldErrors: Record<string, string>; message: string | undefined }
  /** Refused for another reason (e.g. 403 once the assessment closed): not retried. */
  | { kind: 'failed'; message: string | undefined };

export type SaverSnapshot = { draft: Draft; status: SaveStatus };

export type AnswerSaverOptions = {
  initial: Answer | null;
  save: (body: SaveAnswerBody) => Promise<Answer>;
  onSaved: (answer: Answer) => void;
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

function bodyOf(draft: Draft, baseRevision: number): SaveAnswerBody {
  const body: SaveAnswerBody = { baseRevision };
  if (draft.notApplicable) body.notApplicable = true;
  else if (draft.optionKey !== null) body.optionKey = draft.optionKey;
  const comment = draft.comment.trim();
  if (comment) body.comment = comment;
  const evidenceUrl = draft.evidenceUrl.trim();
  if (evidenceUrl) body.evidenceUrl = evidenceUrl;
  return body;
}

/**
 * The autosave of one answer, outside React: every change is sent (text fields after a pause), one
 * request at a time, always with the latest value and the revision of the last saved answer. Network
 * errors and 5xx are retried with exponential backoff and the pending value is never dropped; a 409
 * waits for the user to keep their value or adopt the current one.
 */
export class AnswerSaver {
  private snapshot: SaverSnapshot;
  private readonly listeners = new Set<() => void>();
  private revision: number;
  private inFlight = false;
  /** The draft has changes that the server has not acknowledged. */
  private dirty = false;
  private attempts = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: AnswerSaverOptions) {
    this.revision = options.initial?.revision ?? 0;
    this.snapshot = { draft: draftOf(options.initial), status: { kind: 'idle' } };
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

  private update(next: Partial<SaverSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    this.listeners.forEach((listener) => listener());
  }

  /** Records a change; sends it now, or after the debounce pause for text typing. */
  change(patch: Partial<Draft>, { debounce = false }: { debounce?: boolean } = {}) {
    const draft = { ...this.snapshot.draft, ...patch };
    let status = this.snapshot.status;
    if (status.kind === 'invalid') {
      const fieldErrors = { ...status.fieldErrors };
      Object.keys(patch).forEach((field) => delete fieldErrors[field]);
      status = { ...status, fieldErrors };
    }
    this.dirty = true;
    this.update({ draft, status });
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

  /** Conflict: overwrite the other change with ours. */
  keepMine() {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return;
    this.revision = status.current.revision;
    this.dirty = true;
    this.update({ status: { kind: 'idle' } });
    void this.send();
  }

  /** Conflict: adopt the other change. */
  useTheirs() {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return;
    this.revision = status.current.revision;
    this.dirty = false;
    this.options.onSaved(status.current);
    this.update({ draft: draftOf(status.current), status: { kind: 'saved' } });
  }

  /** The field is going away: typing that waits for its pause is sent now; retries go on until saved. */
  dispose() {
    this.flush();
  }

  private async send(): Promise<void> {
    if (this.inFlight || !this.dirty || this.snapshot.status.kind === 'conflict') return;
    clearTimeout(this.retryTimer);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.inFlight = true;
    this.dirty = false;
    const sent = this.snapshot.draft;
    if (this.snapshot.status.kind !== 'retrying') this.update({ status: { kind: 'saving' } });
    try {
      const saved = await this.options.save(bodyOf(sent, this.revision));
      this.inFlight = false;
      this.attempts = 0;
      this.revision = saved.revision;
      this.options.onSaved(saved);
      if (this.dirty) void this.send();
      else this.update({ status: { kind: 'saved' } });
    } catch (error) {
      this.inFlight = false;
      this.dirty = true; // what was sent is not saved: it, or a later change, goes again
      if (isProblemError(error) && error.status === 409 && isAnswer(error.extra.current)) {
        this.update({ status: { kind: 'conflict', current: error.extra.current } });
      } else if (isProblemError(error) && error.status === 400) {
        this.dirty = false; // the same value would be refused again; the next change is sent
        const fieldErrors: Record<string, string> = {};
        error.violations.forEach((violation) => {
          fieldErrors[violation.field] ??= violation.message;
        });
        this.update({ status: { kind: 'invalid', fieldErrors, message: error.detail ?? error.title } });
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
