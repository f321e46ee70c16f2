import { useMutation } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { callApi } from '@/lib/api/typed';
import { usePortfolioChanged, type ClientEngagement } from './get-client-engagements';

export type Answer = 'accept' | 'decline';

/** POST /api/v1/engagements/{id}/accept or /decline (consultancy): 409 when it is not pending any more. */
export function answerEngagement(api: ApiClient, id: number, answer: Answer): Promise<ClientEngagement> {
  return answer === 'accept'
    ? callApi(api, 'post', '/engagements/{id}/accept', { path: { id } })
    : callApi(api, 'post', '/engagements/{id}/decline', { path: { id } });
}

export function useAnswerEngagement() {
  const api = useApiClient();
  const changed = usePortfolioChanged();
  return useMutation({
    mutationFn: ({ id, answer }: { id: number; answer: Answer }) => answerEngagement(api, id, answer),
    onSuccess: changed,
  });
}
