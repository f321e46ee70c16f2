import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type ResponseOf } from '@/lib/api/typed';

/** GET /api/v1/assessments/{id}/benchmark: the population first, then the company's industry, size band and country. */
export type AssessmentBenchmark = ResponseOf<'/assessments/{id}/benchmark', 'get'>;

export type SegmentPlacement = AssessmentBenchmark['segments'][number];

/** Anonymous statistics of a segment: no figure from fewer than `minimumCompanies` companies. */
export type SegmentStats = SegmentPlacement['stats'];

export type Segment = SegmentStats['segment'];

export type DimensionPosition = SegmentPlacement['positions'][number];

export type Position = NonNullable<DimensionPosition['position']>;

export function getBenchmark(api: ApiClient, assessmentId: string, signal?: AbortSignal): Promise<AssessmentBenchmark> {
  return callApi(api, 'get', '/assessments/{id}/benchmark', { path: { id: assessmentId }, signal });
}

export function getBenchmarkQueryOptions(api: ApiClient, assessmentId: string) {
  return queryOptions({
    queryKey: queryKeys.assessments.benchmark(assessmentId),
    queryFn: ({ signal }) => getBenchmark(api, assessmentId, signal),
  });
}

export function useBenchmark(assessmentId: string) {
  const api = useApiClient();
  return useQuery(getBenchmarkQueryOptions(api, assessmentId));
}
