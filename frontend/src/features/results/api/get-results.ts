import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';
import { currentLanguage } from '@/lib/i18n';

/*
 * Typed by the OpenAPI document like every other answer: the scoring engine's records and the display records
 * mark the members that may be null (JSpecify @Nullable), so the generated types say which are.
 */

/** GET /api/v1/assessments/{id}/results: live while OPEN (tenant administrators), a snapshot once CLOSED. */
export type AssessmentResults = ResponseOf<'/assessments/{id}/results', 'get'>;

/** Everything the scoring engine computed (figures hidden by the privacy rule are left out or null). */
export type AssessmentResult = AssessmentResults['result'];

export type DimensionResult = AssessmentResult['dimensions'][number];

/** A score of one group of respondents (all, or one business function). Scores 0–100, levels 1–5. */
export type GroupScore = DimensionResult['all'];

export type Spread = NonNullable<GroupScore['respondentSpread']>;

export type TargetGap = DimensionResult['target'];

export type PerceptionGap = AssessmentResult['perceptionGap'];

export type QuestionGap = PerceptionGap['questions'][number];

export type DimensionGap = PerceptionGap['dimensions'][number];

export type RoadmapItem = AssessmentResult['roadmap'][number];

export type FigurePlacement = AssessmentResult['publishedFigures'][number];

/**
 * What people read, formatted by the server in the request's language with the same function as the PDF report
 * (backend ResultDisplay): the page shows these texts as given and never formats a shared figure itself, so the
 * screen and the PDF cannot disagree. Figures by business function hidden by the privacy rule say so.
 */
export type ResultDisplay = AssessmentResults['display'];

/** One row of the marketing–IT view (a dimension or a question). */
export type GapLine = ResultDisplay['gap']['dimensions'][number];

export function getResults(
  api: ApiClient,
  assessmentId: string,
  language: string,
  signal?: AbortSignal,
): Promise<AssessmentResults> {
  return callApi(api, 'get', '/assessments/{id}/results', {
    path: { id: assessmentId },
    query: { lang: language },
    signal,
  });
}

export function getResultsQueryOptions(api: ApiClient, assessmentId: string, language: string) {
  return queryOptions({
    // The language is part of the key: the display texts come from the server in that language.
    queryKey: queryKeys.assessments.resultsIn(assessmentId, language),
    queryFn: ({ signal }) => getResults(api, assessmentId, language, signal),
  });
}

export function useResults(assessmentId: string) {
  const api = useApiClient();
  const { i18n } = useTranslation();
  return useQuery(getResultsQueryOptions(api, assessmentId, currentLanguage(i18n)));
}
