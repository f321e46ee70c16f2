import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { SegmentStats } from '@/lib/benchmarks';
import type { Client } from './get-portfolio';

export type ComparedValue = { clientId: number; score: number | null; deltaToFirst: number | null; deltaToMedian: number | null };

/** `key` is a dimension key or "overall". */
export type ComparedRow = { key: string; median: number | null; values: ComparedValue[] };

export type Comparison = { clients: Client[]; rows: ComparedRow[]; benchmark: SegmentStats | null };

export const MAX_COMPARED = 10;

/** GET /api/v1/portfolio/compare?clients=1,2,…: up to 10 clients, deltas to the first and to the population median. */
export function getComparison(api: ApiClient, clientIds: number[], signal?: AbortSignal): Promise<Comparison> {
  return api.get<Comparison>(`/portfolio/compare?clients=${clientIds.join(',')}`, { signal });
}

export function getComparisonQueryOptions(api: ApiClient, clientIds: number[]) {
  return queryOptions({
    queryKey: ['portfolio', 'compare', clientIds],
    queryFn: ({ signal }) => getComparison(api, clientIds, signal),
  });
}

export function useComparison(clientIds: number[]) {
  const api = useApiClient();
  return useQuery({ ...getComparisonQueryOptions(api, clientIds), enabled: clientIds.length > 0 });
}
