import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/assessments/{id}/questionnaire: the questions of the user's business function, with their answers. */
export type Questionnaire = ResponseOf<'/assessments/{id}/questionnaire', 'get'>;

export type Dimension = Questionnaire['dimensions'][number];

export type Question = Dimension['questions'][number];

/** A saved answer, as the server returns it. */
export type Answer = ResponseOf<'/assessments/{id}/answers/{questionKey}', 'put'>;

export function getQuestionnaire(
  api: ApiClient,
  assessmentId: string,
  language: string,
  signal?: AbortSignal,
): Promise<Questionnaire> {
  return callApi(api, 'get', '/assessments/{id}/questionnaire', {
    path: { id: assessmentId },
    query: { lang: language },
    signal,
  });
}

export function getQuestionnaireQueryOptions(api: ApiClient, assessmentId: string, language: string) {
  return queryOptions({
    queryKey: queryKeys.assessments.questionnaire(assessmentId, language),
    queryFn: ({ signal }) => getQuestionnaire(api, assessmentId, language, signal),
    // Answers are edited locally and saved one by one: never refetch under the user's hands.
    staleTime: Infinity,
    // On a language switch, keep showing the questionnaire until the translated one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useQuestionnaire(assessmentId: string, language: string) {
  const api = useApiClient();
  return useQuery(getQuestionnaireQueryOptions(api, assessmentId, language));
}

/** Answered: an option was chosen, or "not applicable". */
export const isAnswered = (answer: Pick<Answer, 'optionKey' | 'notApplicable'> | null | undefined): boolean =>
  !!answer && ((answer.optionKey !== null && answer.optionKey !== undefined) || answer.notApplicable);
