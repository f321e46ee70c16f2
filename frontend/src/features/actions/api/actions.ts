import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf, type ResponseOf } from '@/lib/api/typed';
import { currentLanguage } from '@/lib/i18n';

/** GET /api/v1/actions: the company's plan (tenant admins) with the progress of the whole plan. */
export type ActionPlan = ResponseOf<'/actions', 'get'>;
export type Action = ActionPlan['items'][number];
export type ActionStatus = Action['status'];
export type Progress = ActionPlan['progress'];
export type PairProposal = ResponseOf<'/actions/pairing', 'get'>;
export type CreateActionBody = BodyOf<'/actions', 'post'>;
export type UpdateActionBody = BodyOf<'/actions/{id}', 'put'>;
export type AddUpdateBody = BodyOf<'/actions/{id}/updates', 'post'>;
export type OwnerCandidate = ResponseOf<'/users', 'get'>['items'][number];

export const STATUSES: readonly ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'DROPPED'];
export const EFFORTS = ['S', 'M', 'L'] as const;
/** The IT–marketing alignment dimension: its actions get a marketing and an IT owner proposed. */
export const ALIGNMENT = 'alignment';

function useLanguage() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}

export function useActionPlan(enabled = true) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.actions.plan(lang),
    queryFn: ({ signal }) => callApi(api, 'get', '/actions', { query: { lang }, signal }),
    enabled,
  });
}

/** GET /api/v1/actions/loop/{id}: a closed result's dimensions beside the actions done since the previous one. */
export type AssessmentLoop = ResponseOf<'/actions/loop/{assessmentId}', 'get'>;
export type DimensionLoop = AssessmentLoop['dimensions'][number];

export function useActionLoop(assessmentId: number) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.actions.loop(assessmentId, lang),
    queryFn: ({ signal }) =>
      callApi(api, 'get', '/actions/loop/{assessmentId}', { path: { assessmentId }, query: { lang }, signal }),
  });
}

/**
 * GET /api/v1/actions/loop: every closed result's actions done since the previous one, as counts by assessment id
 * and dimension key (what the history table shows beside the score changes).
 */
export function useActionsDone(enabled: boolean) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.actions.loops(lang),
    queryFn: ({ signal }) => callApi(api, 'get', '/actions/loop', { query: { lang }, signal }),
    select: (loops): ActionsDone =>
      new Map(loops.map((l) => [l.assessmentId, new Map(l.dimensions.map((d) => [d.dimension, d.actionsDone]))])),
    enabled,
  });
}

/** Actions done since the previous closed assessment: assessment id → dimension key → count. */
export type ActionsDone = ReadonlyMap<number, ReadonlyMap<string, number>>;

/** GET /api/v1/actions/{id}: one action with its update log (`updates`, newest first); fetched only when enabled. */
export function useAction(id: number, enabled = true) {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.actions.detail(id, lang),
    queryFn: ({ signal }) => callApi(api, 'get', '/actions/{id}', { path: { id }, query: { lang }, signal }),
    enabled,
  });
}

/** One entry of an action's update log. */
export type ActionUpdate = NonNullable<Action['updates']>[number];
/** Something accepted but worth a second look, e.g. dueDate / before-creation. */
export type ActionWarning = Action['warnings'][number];

/**
 * A field's change in an update log entry: `{from, to}` for edits (either null when unset); the log of a creation
 * holds plain values instead (title, dimension, owner ids), which come back as `{from: null, to: value}`.
 */
export function fieldChange(value: unknown): { from: string | null; to: string | null } {
  const text = (v: unknown) =>
    v == null
      ? null
      : Array.isArray(v)
        ? v.map(String).join(',')
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && ('from' in value || 'to' in value)) {
    const change = value as { from?: unknown; to?: unknown };
    return { from: text(change.from), to: text(change.to) };
  }
  return { from: null, to: text(value) };
}

export function useMyActions() {
  const api = useApiClient();
  const lang = useLanguage();
  return useQuery({
    queryKey: queryKeys.actions.mine(lang),
    queryFn: ({ signal }) => callApi(api, 'get', '/actions/mine', { query: { lang }, signal }),
  });
}

export function usePairing(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.actions.pairing(),
    queryFn: ({ signal }) => callApi(api, 'get', '/actions/pairing', { signal }),
    enabled,
  });
}

/** The tenant's users an admin can pick as owners (the first 200, enabled ones). */
export function useOwnerCandidates(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: queryKeys.actions.owners(),
    queryFn: ({ signal }) => callApi(api, 'get', '/users', { query: { page: 0, size: 200 }, signal }),
    enabled,
  });
}

function useInvalidating<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.actions.all });
    },
  });
}

export function useCreateAction() {
  const api = useApiClient();
  const lang = useLanguage();
  return useInvalidating((body: CreateActionBody) => callApi(api, 'post', '/actions', { query: { lang }, body }));
}

export function useCreateFromRoadmap() {
  const api = useApiClient();
  const lang = useLanguage();
  return useInvalidating((body: BodyOf<'/actions/from-roadmap', 'post'>) =>
    callApi(api, 'post', '/actions/from-roadmap', { query: { lang }, body }),
  );
}

export function useUpdateAction() {
  const api = useApiClient();
  const lang = useLanguage();
  return useInvalidating(
    async ({ id, body, ownerIds }: { id: number; body: UpdateActionBody; ownerIds: string[] | null }) => {
      const updated = await callApi(api, 'put', '/actions/{id}', { path: { id }, query: { lang }, body });
      if (ownerIds === null) return updated;
      return callApi(api, 'put', '/actions/{id}/owners', { path: { id }, query: { lang }, body: { ownerIds } });
    },
  );
}

export function useAddUpdate() {
  const api = useApiClient();
  const lang = useLanguage();
  return useInvalidating(({ id, body }: { id: number; body: AddUpdateBody }) =>
    callApi(api, 'post', '/actions/{id}/updates', { path: { id }, query: { lang }, body }),
  );
}

export function useDeleteAction() {
  const api = useApiClient();
  return useInvalidating((id: number) => callApi(api, 'delete', '/actions/{id}', { path: { id } }));
}

const STATUS_KEYS = {
  PLANNED: 'actions.status.planned',
  IN_PROGRESS: 'actions.status.inProgress',
  BLOCKED: 'actions.status.blocked',
  DONE: 'actions.status.done',
  DROPPED: 'actions.status.dropped',
} as const;
const EFFORT_KEYS = { S: 'actions.effort.small', M: 'actions.effort.medium', L: 'actions.effort.large' } as const;

/** The i18n key of a status. */
export const statusKey = (status: ActionStatus) => STATUS_KEYS[status];
/** The i18n key of an effort. */
export const effortKey = (effort: (typeof EFFORTS)[number]) => EFFORT_KEYS[effort];
