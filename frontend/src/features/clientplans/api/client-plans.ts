import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf, type ResponseOf } from '@/lib/api/typed';
import { currentLanguage } from '@/lib/i18n';

/** GET /api/v1/portfolio/clients/{id}/plan: a client's action plan for its consultancy. */
export type ClientPlan = ResponseOf<'/portfolio/clients/{clientId}/plan', 'get'>;
export type Proposal = ResponseOf<'/action-proposals', 'get'>[number];
export type ProposalStatus = Proposal['status'];
export type ProposeBody = BodyOf<'/portfolio/clients/{clientId}/proposals', 'post'>;
export type AcceptBody = BodyOf<'/action-proposals/{id}/accept', 'post'>;

export const PROPOSAL_STATUS_KEYS = {
  PENDING: 'clientplans.status.pending',
  ACCEPTED: 'clientplans.status.accepted',
  REJECTED: 'clientplans.status.rejected',
  WITHDRAWN: 'clientplans.status.withdrawn',
} as const satisfies Record<ProposalStatus, string>;

function useLanguage() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}

export function useClientPlan(clientId: string) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.clientPlans.plan(clientId, lang),
    queryFn: ({ signal }) =>
      callApi(api, 'get', '/portfolio/clients/{clientId}/plan', { path: { clientId }, query: { lang }, signal }),
  });
}

export function useClientProposals(clientId: string) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.clientPlans.proposals(clientId, lang),
    queryFn: ({ signal }) =>
      callApi(api, 'get', '/portfolio/clients/{clientId}/proposals', { path: { clientId }, query: { lang }, signal }),
  });
}

/** A consultant proposes an action; the client's plan and proposals are read again. */
export function usePropose(clientId: string) {
  const api = useApiClient();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeBody) =>
      callApi(api, 'post', '/portfolio/clients/{clientId}/proposals', { path: { clientId }, query: { lang }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clientPlans.all }),
  });
}

export function useWithdraw(clientId: string) {
  const api = useApiClient();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      callApi(api, 'delete', '/portfolio/clients/{clientId}/proposals/{id}', {
        path: { clientId, id },
        query: { lang },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clientPlans.all }),
  });
}

/** The company's proposals from its consultancies, pending first (tenant admins). */
export function useProposalInbox(enabled = true) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.clientPlans.inbox(lang),
    queryFn: ({ signal }) => callApi(api, 'get', '/action-proposals', { query: { lang }, signal }),
    enabled,
  });
}

/** Accepting creates an action: the plan, its views and the inbox are read again. */
export function useAcceptProposal() {
  const api = useApiClient();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AcceptBody }) =>
      callApi(api, 'post', '/action-proposals/{id}/accept', { path: { id }, query: { lang }, body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clientPlans.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.actions.all }),
      ]);
    },
  });
}

export function useRejectProposal() {
  const api = useApiClient();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: number; note: string }) =>
      callApi(api, 'post', '/action-proposals/{id}/reject', {
        path: { id },
        query: { lang },
        body: { note: note || null },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clientPlans.all }),
  });
}
