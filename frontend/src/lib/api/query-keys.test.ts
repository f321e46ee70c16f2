import { hashKey, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';

describe('query keys', () => {
  it('give the company grants and the consultancy offers of GET /engagements different cache entries', () => {
    expect(hashKey(queryKeys.engagements.granted())).not.toBe(hashKey(queryKeys.engagements.offered()));
  });

  it('keep every answer of an assessment under its prefix, so a change can invalidate them together', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.assessments.detail('7'), null as never);
    client.setQueryData(queryKeys.assessments.list({ page: 0, size: 20 }), null as never);
    expect(client.getQueryCache().findAll({ queryKey: queryKeys.assessments.all })).toHaveLength(2);
    expect(client.getQueryCache().findAll({ queryKey: queryKeys.assessments.lists() })).toHaveLength(1);
  });
});
