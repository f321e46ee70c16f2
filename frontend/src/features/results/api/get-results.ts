import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';

/*
 * Still written by hand, unlike the other answers: the results are the scoring engine's records, which are
 * plain Java without annotations (by design), so the OpenAPI document cannot tell which of their members
 * are null (a boxed Double or Integer, a missing spread) nor how their enums are written. Typing them from
 * the document needs nullability in the engine (e.g. JSpecify @Nullable) first.
 */
import { currentLanguage } from '@/lib/i18n';

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

/**
 * What people read, formatted by the server in the request's language with the same function as the PDF report
 * (backend ResultDisplay): the page shows these texts as given and never formats a shared figure itself, so the
 * screen and the PDF cannot disagree. Figures by business function hidden by the privacy rule say so.
 */
export type ResultDisplay = {
  language: string;
  verdict: {
    /** INSUFFICIENT: no verdict yet (a business area without any scored answer). */
    state: 'ENABLED' | 'NOT_ENABLED' | 'INSUFFICIENT';
    headline: string;
    explanation: string;
    heldBackBy: string | null;
  };
  overall: { score: string; level: string; levelDescription: string; coverage: string; weakest: string };
  dimensions: {
    key: string;
    name: string;
    businessArea: boolean;
    score: string;
    level: string;
    levelDescription: string;
    coverage: string;
    target: string;
    targetMet: boolean;
    /** The distance to the admin's target ("1 level (10.0 pts)", "Reached"). */
    gap: string;
    /** About the verdict: set for a business area below the socially-enabled level. */
    gate: string | null;
    holdsBack: boolean;
    spread: string;
  }[];
  roadmap: {
    rank: number;
    dimension: string;
    dimensionName: string;
    title: string;
    text: string;
    step: string;
    /** The dimension's target when it lies beyond this step, else null. */
    target: string | null;
  }[];
  gap: {
    alignmentIndex: string;
    alignmentNote: string;
    marketingRespondents: number;
    itRespondents: number;
    dimensions: GapLine[];
    questions: GapLine[];
    /** The overall index compares, on some question, a side resting on one respondent: show singleMark. */
    alignmentSingle: boolean;
  };
  figures: {
    key: string;
    text: string;
    published: string;
    company: string;
    difference: string;
    assessment: string;
    basis: string;
    hidden: boolean;
    /** The company's value is one respondent's answer: show singleMark. */
    single: boolean;
  }[];
  privacyMinimum: number;
  privacyRule: string;
  /**
   * "one respondent", in the request's language: shown next to every figure flagged single (tenant admins and
   * consultants see a business function's figures from one respondent, marked as one person's view).
   */
  singleMark: string;
  /** Whether any figure of this display rests on one respondent. */
  single: boolean;
};

export type GapLine = {
  key: string;
  dimension: string;
  name: string;
  marketing: string;
  it: string;
  gap: string;
  size: 'none' | 'low' | 'medium' | 'high';
  alignmentIndex: string;
  note: string;
  hidden: boolean;
  marketingHidden: boolean;
  itHidden: boolean;
  /** That side's figure rests on one respondent of its function. */
  marketingSingle: boolean;
  itSingle: boolean;
  /** The dimension's alignment index compares such a side. */
  alignmentSingle: boolean;
};

/** GET /api/v1/assessments/{id}/results: live while OPEN (tenant administrators), a snapshot once CLOSED. */
export type AssessmentResults = {
  assessmentId: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  live: boolean;
  computedAt: string;
  result: AssessmentResult;
  display: ResultDisplay;
};

export function getResults(
  api: ApiClient,
  assessmentId: string,
  language: string,
  signal?: AbortSignal,
): Promise<AssessmentResults> {
  return api.get<AssessmentResults>(
    `/assessments/${encodeURIComponent(assessmentId)}/results?lang=${encodeURIComponent(language)}`,
    { signal },
  );
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
