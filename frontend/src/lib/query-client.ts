import { QueryClient } from '@tanstack/react-query';
import { isProblemError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx answer will not change by asking again; network errors and 5xx get two more tries.
        retry: (failureCount, error) =>
          !(isProblemError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}
