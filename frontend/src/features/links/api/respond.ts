import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { usePublicApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi } from '@/lib/api/typed';
import type { SaveAnswerBody } from '@/features/assessments';

/*
 * The personal link's calls: no sign-in token is sent (usePublicApiClient); the link's token in the path is the
 * only credential, and the server decides from it alone whose questionnaire this is.
 */

export function useLinkQuestionnaire(token: string, language: string) {
  const api = usePublicApiClient();
  return useQuery({
    queryKey: queryKeys.respond(token, language),
    queryFn: ({ signal }) =>
      callApi(api, 'get', '/respond/{token}/questionnaire', { path: { token }, query: { lang: language }, signal }),
    // as for signed-in respondents: answers are edited locally, never refetched under the respondent's hands
    staleTime: Infinity,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useSaveLinkAnswer(token: string) {
  const api = usePublicApiClient();
  return (questionKey: string, body: SaveAnswerBody) =>
    callApi(api, 'put', '/respond/{token}/answers/{questionKey}', { path: { token, questionKey }, body });
}

export function useSubmitLink(token: string) {
  const api = usePublicApiClient();
  return useMutation({ mutationFn: () => callApi(api, 'post', '/respond/{token}/submit', { path: { token } }) });
}
