import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { Position, SegmentStats } from '@/lib/benchmarks';

export type DimensionPosition = { key: string; score: number | null; position: Position | null };

export type SegmentPlacement = { stats: SegmentStats; positions: DimensionPosition[] };

/** GET /api/v1/assessments/{id}/benchmark: the population first, then the company's industry, size band and country. */
export type AssessmentBenchmark = { assessmentId: number; segments: SegmentPlacement[] };

export function getBenchmark(api: ApiClient, assessmentId: string, signal?: AbortSignal): Promise<AssessmentBenchmark> {
  return api.get<AssessmentBenchmark>(`/assessments/${encodeURIComponent(assessmentId)}/benchmark`, { signal });
}

export function getBenchmarkQueryOptions(api: ApiClient, assessmentId: string) {
  return queryOptions({
    queryKey: ['assessments', assessmentId, 'benchmark'],
    queryFn: ({ signal }) => getBenchmark(api, assessmentId, signal),
  });
}

export function useBenchmark(assessmentId: string) {
  const api = useApiClient();
  return useQuery(getBenchmarkQueryOptions(api, assessmentId));
}
