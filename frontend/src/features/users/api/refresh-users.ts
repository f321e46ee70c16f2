import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/query-keys';

/**
 * After a change to the tenant's users, every users list is read again. A list whose first request is still in
 * flight (a search just typed) would otherwise keep the answer read before the change: invalidating dedupes to
 * that request instead of starting a new one, because the query has no data of its own yet (the page shows the
 * previous list meanwhile). Cancelling first makes the refetch a new request.
 */
export async function refreshUsers(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ queryKey: queryKeys.users.all });
  await queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
}
