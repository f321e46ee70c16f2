import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';

/*
 * Still written by hand, unlike the other answers: the results are the scoring engine's records, which are
 * plain Java without annotations (by design), so the OpenAPI document cannot tell which of their members
 * are null (a boxed Double or Integer, a missing spread) nor how their enums are written. Typing them from
 * the document needs nullability in the engine (e.g. JSpecify @Nullable) first.
 */

export type Spread = { count: number; mean: number; standardDeviation: number; min: number; max: number };

/** A score of one group of respondents (all, or one business function). Scores 0–100, levels 1–5. */
export type GroupScore = {
  score: number | null;
  /** 0–1 */
  coverage: number;
  level: number | null;
  respondentSpread: Spread | null;
};

export type TargetGap = {
  targetLevel: number;
  currentLevel: number | null;
  levelGap: number | null;
  scoreGap: number | null;
  priority: number;
  met: boolean;
};

export type DimensionResult = {
  key: string;
  businessArea: string | null;
  weight: number;
  all: GroupScore;
  byFunction: Record<string, GroupScore>;
  target: TargetGap;
};

export type QuestionGap = {
  questionKey: string;
  dimension: string;
  perspective: string;
  marketing: number | null;
  it: number | null;
  gap: number | null;
  marketingCount: number;
  itCount: number;
  inAlignmentIndex: boolean;
};

export type DimensionGap = {
  dimension: string;
  marketing: number | null;
  it: number | null;
  /** marketing − IT */
  gap: number | null;
  meanAbsoluteGap: number | null;
  alignmentIndex: number | null;
  comparedQuestions: number;
};

export type PerceptionGap = {
  marketingRespondents: number;
  itRespondents: number;
  /** 0–100; null without answers from both sides */
  alignmentIndex: number | null;
  comparedQuestions: number;
  questions: QuestionGap[];
  dimensions: DimensionGap[];
};

export type LocalizedText = { en: string; it?: string | null } & Record<string, string | null | undefined>;

export type RoadmapItem = {
  rank: number;
  dimension: string;
  fromLevel: number | null;
  targetLevel: number;
  priority: number;
  recommendation: { key: string; dimension: string; level: number; title: LocalizedText; text: LocalizedText };
};

export type FigurePlacement = {
  figure: {
    key: string;
    /** The published percentage, 0–100. */
    value: number;
    population: string;
    question: string;
    options: string[];
    compareWith: string[];
    better: string;
    source: { title: string; publisher: string; year: number; sample: string | null; reportedIn: string | null };
    text: LocalizedText;
  };
  /** The company's own percentage, 0–100; null when no respondent can be compared. */
  companyValue: number | null;
  difference: number | null;
  sampleSize: number;
  matching: number;
};

export type AssessmentResult = {
  frameworkKey: string;
  frameworkVersion: string | number;
  respondentCount: number;
  overall: {
    score: number | null;
    coverage: number;
    level: number | null;
    weakestAreas: string[];
    unscoredAreas: string[];
    sociallyEnabled: boolean;
    sociallyEnabledLevel: number;
  };
  dimensions: DimensionResult[];
  questions: unknown[];
  respondents: unknown[];
  perceptionGap: PerceptionGap;
  roadmap: RoadmapItem[];
  publishedFigures: FigurePlacement[];
};

/** GET /api/v1/assessments/{id}/results: live while OPEN (tenant administrators), a snapshot once CLOSED. */
export type AssessmentResults = {
  assessmentId: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  live: boolean;
  computedAt: string;
  result: AssessmentResult;
};

export function getResults(api: ApiClient, assessmentId: string, signal?: AbortSignal): Promise<AssessmentResults> {
  return api.get<AssessmentResults>(`/assessments/${encodeURIComponent(assessmentId)}/results`, { signal });
}

export function getResultsQueryOptions(api: ApiClient, assessmentId: string) {
  return queryOptions({
    queryKey: queryKeys.assessments.results(assessmentId),
    queryFn: ({ signal }) => getResults(api, assessmentId, signal),
  });
}

export function useResults(assessmentId: string) {
  const api = useApiClient();
  return useQuery(getResultsQueryOptions(api, assessmentId));
}
