import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { AssessmentStatus } from './get-assessments';
import { assessmentsQueryKey } from './get-assessments';

/** A saved answer, as the server returns it. */
export type Answer = {
  questionKey: string;
  optionKey: string | null;
  notApplicable: boolean;
  comment: string | null;
  evidenceUrl: string | null;
  revision: number;
  updatedAt: string;
};

export type Question = {
  key: string;
  title: string;
  text: string;
  help: string | null;
  options: { key: string; label: string }[];
  answer: Answer | null;
};

export type Dimension = {
  key: string;
  name: string;
  description: string | null;
  businessArea: string | null;
  questions: Question[];
};

/** GET /api/v1/assessments/{id}/questionnaire: the questions of the user's business function, with their answers. */
export type Questionnaire = {
  assessmentId: string;
  title: string;
  status: AssessmentStatus;
  language: string;
  businessFunction: string | null;
  notApplicableLabel: string;
  submittedAt: string | null;
  progress: { answered: number; total: number };
  dimensions: Dimension[];
};

export function getQuestionnaire(
  api: ApiClient,
  assessmentId: string,
  language: string,
  signal?: AbortSignal,
): Promise<Questionnaire> {
  return api.get<Questionnaire>(
    `/assessments/${encodeURIComponent(assessmentId)}/questionnaire?lang=${encodeURIComponent(language)}`,
    { signal },
  );
}

export const questionnaireQueryKey = (assessmentId: string) => [...assessmentsQueryKey, assessmentId, 'questionnaire'] as const;

export function getQuestionnaireQueryOptions(api: ApiClient, assessmentId: string, language: string) {
  return queryOptions({
    queryKey: [...questionnaireQueryKey(assessmentId), language],
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
  !!answer && (answer.optionKey !== null || answer.notApplicable);
