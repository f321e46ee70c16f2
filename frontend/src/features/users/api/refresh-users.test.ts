import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/api/query-keys';
import { refreshUsers } from './refresh-users';

describe('refreshUsers', () => {
  it('reads a list again whose first request was still in flight when the users changed', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const answers = ['read before the change', 'read after the change'];
    let calls = 0;
    const key = queryKeys.users.adminList({ search: 'ines', page: 0, size: 20 } as never);
    const observer = new QueryObserver(client, {
      queryKey: key,
      queryFn: () => {
        const answer = answers[calls++]!;
        return new Promise<string>((resolve) => setTimeout(() => resolve(answer), 50));
      },
    });
    const unsubscribe = observer.subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10)); // the first request is in flight, no data yet

    await refreshUsers(client);

    expect(calls).toBe(2);
    expect(client.getQueryData(key)).toBe('read after the change');
    unsubscribe();
  });
});
