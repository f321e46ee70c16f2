import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { Answer } from './get-questionnaire';

/**
 * The body of PUT /api/v1/assessments/{id}/answers/{questionKey}; `baseRevision` is the revision of the
 * saved answer this change starts from, 0 when there is none.
 */
export type SaveAnswerBody = BodyOf<'/assessments/{id}/answers/{questionKey}', 'put'>;

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
  return callApi(api, 'put', '/assessments/{id}/answers/{questionKey}', {
    path: { id: assessmentId, questionKey },
    body,
    signal,
  });
}

/** The saver of one assessment's answers, for the autosave (which schedules, retries and merges itself). */
export function useSaveAnswer(assessmentId: string) {
  const api = useApiClient();
  return (questionKey: string, body: SaveAnswerBody) => saveAnswer(api, assessmentId, questionKey, body);
}
