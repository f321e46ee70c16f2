import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { Answer } from './get-questionnaire';

/** The body of PUT /api/v1/assessments/{id}/answers/{questionKey}. */
export type SaveAnswerBody = {
  optionKey?: string;
  notApplicable?: true;
  comment?: string;
  evidenceUrl?: string;
  /** The revision of the saved answer this change starts from; 0 when there is none. */
  baseRevision: number;
};

/**
 * Saves one answer. Same content again → same revision. A stale baseRevision → 409 whose
 * `extra.current` is the saved answer; a 400 names the field in its violations.
 */
export function saveAnswer(
  api: ApiClient,
  assessmentId: string,
  questionKey: string,
  body: SaveAnswerBody,
  signal?: AbortSignal,
): Promise<Answer> {
  return api.put<Answer>(
    `/assessments/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(questionKey)}`,
    body,
    { signal },
  );
}

/** The saver of one assessment's answers, for the autosave (which schedules, retries and merges itself). */
export function useSaveAnswer(assessmentId: string) {
  const api = useApiClient();
  return (questionKey: string, body: SaveAnswerBody) => saveAnswer(api, assessmentId, questionKey, body);
}
