/**
 * Shapes shared by the results, history and portfolio features: closed results over time and anonymous
 * benchmark statistics (no figure from fewer than `minimumCompanies` companies).
 */
export type DimensionPoint = { key: string; score: number | null; level: number | null; change: number | null };

export type ClosedResult = {
  assessmentId: number;
  title: string;
  frameworkKey: string;
  frameworkVersion: number;
  closedAt: string;
  overallScore: number | null;
  overallLevel: number | null;
  /** Change of the overall score from the previous closed result in the same list. */
  overallChange: number | null;
  sociallyEnabled: boolean;
  respondentCount: number;
  dimensions: DimensionPoint[];
};

export type History = { results: ClosedResult[] };

export type SegmentType = 'ALL' | 'INDUSTRY' | 'SIZE_BAND' | 'COUNTRY';

export type Segment = { type: SegmentType; value: string };

export type DimensionStats = {
  key: string;
  enoughData: boolean;
  companies: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
};

export type SegmentStats = {
  segment: Segment;
  frameworkKey: string;
  frameworkVersion: number;
  minimumCompanies: number;
  dimensions: DimensionStats[];
};

export type Position = 'BOTTOM_QUARTER' | 'LOWER_MIDDLE' | 'UPPER_MIDDLE' | 'TOP_QUARTER';
