import type { DataTag } from '@tanstack/react-query';
import type { ResponseOf } from './typed';

/*
 * Every TanStack Query key of the app, in one place. A key that names one answer is tagged with the type
 * of that answer (DataTag), so queryClient.getQueryData / setQueryData are checked against it; a prefix
 * (`all`, `lists`) is a plain array for invalidating a family of queries. Two features that read the same
 * endpoint differently get different keys: the company's grants and the consultancy's offers both come
 * from GET /engagements but never share a cache entry.
 */

type Tagged<K extends readonly unknown[], T> = DataTag<K, T>;
const tagged =
  <T>() =>
  <const K extends readonly unknown[]>(key: K): Tagged<K, T> =>
    key as Tagged<K, T>;

export type Page = { page: number; size: number };
export type Search = Page & { search: string };

const assessments = ['assessments'] as const;
const users = ['users'] as const;
const tenants = ['platform', 'tenants'] as const;
const platformAudit = ['platform', 'audit'] as const;
const audit = ['audit'] as const;
const engagements = ['engagements'] as const;
const portfolio = ['portfolio'] as const;
const actions = ['actions'] as const;
const clientPlans = ['client-plans'] as const;

export const queryKeys = {
  /** A personal link's questionnaire (the link's token is the key: the page knows nothing else). */
  respond: (token: string, language: string) =>
    tagged<ResponseOf<'/respond/{token}/questionnaire', 'get'>>()(['respond', token, language]),
  me: () => tagged<ResponseOf<'/me', 'get'>>()(['me']),

  assessments: {
    /** Everything about assessments: lists, details, questionnaires, results. */
    all: assessments,
    /** Every page of the list (status and progress change with every lifecycle step). */
    lists: () => [...assessments, 'list'] as const,
    list: (page: Page) => tagged<ResponseOf<'/assessments', 'get'>>()([...assessments, 'list', page]),
    /** The assessments a consultancy grant can be limited to (the items of the first 100). */
    grantable: () => tagged<ResponseOf<'/assessments', 'get'>['items']>()([...assessments, 'grantable']),
    detail: (id: string) => tagged<ResponseOf<'/assessments/{id}', 'get'>>()([...assessments, id, 'detail']),
    /** The respondents without an account of an assessment, with their links (features/links). */
    externalRespondents: (id: string) =>
      tagged<ResponseOf<'/assessments/{id}/external-respondents', 'get'>>()([
        ...assessments,
        id,
        'external-respondents',
      ]),
    /** The questionnaire of an assessment in every language. */
    questionnaires: (id: string) => [...assessments, id, 'questionnaire'] as const,
    questionnaire: (id: string, language: string) =>
      tagged<ResponseOf<'/assessments/{id}/questionnaire', 'get'>>()([...assessments, id, 'questionnaire', language]),
    /** The results of an assessment in every language, and in one language (the display texts are the server's). */
    results: (id: string) => [...assessments, id, 'results'] as const,
    resultsIn: (id: string, language: string) =>
      tagged<ResponseOf<'/assessments/{id}/results', 'get'>>()([...assessments, id, 'results', language]),
    benchmark: (id: string) =>
      tagged<ResponseOf<'/assessments/{id}/benchmark', 'get'>>()([...assessments, id, 'benchmark']),
  },

  frameworks: {
    list: (language: string) => tagged<ResponseOf<'/frameworks', 'get'>>()(['frameworks', 'list', language]),
    version: (key: string, version: string | number, language: string) =>
      tagged<ResponseOf<'/frameworks/{key}/versions/{version}', 'get'>>()([
        'frameworks',
        key,
        String(version),
        language,
      ]),
  },

  history: () => tagged<ResponseOf<'/history', 'get'>>()(['history']),

  users: {
    /** Every query of the tenant's users: a change invalidates all of them. */
    all: users,
    /** The user administration's pages. */
    adminList: (query: Search) => tagged<ResponseOf<'/users', 'get'>>()([...users, 'admin-list', query]),
    /** The respondent picker of an assessment. */
    picker: (query: Search) => tagged<ResponseOf<'/users', 'get'>>()([...users, 'list', query]),
  },

  tenants: {
    all: tenants,
    list: (query: Search) => tagged<ResponseOf<'/platform/tenants', 'get'>>()([...tenants, 'list', query]),
  },

  /** The tenant's audit trail (tenant administrators) and its filters' choices. */
  audit: {
    all: audit,
    list: (query: Page & { person: string; action: string; entityType: string; from: string; to: string }) =>
      tagged<ResponseOf<'/audit', 'get'>>()([...audit, 'list', query]),
    facets: () => tagged<ResponseOf<'/audit/facets', 'get'>>()([...audit, 'facets']),
  },

  /** The platform's trail (platform administrators), optionally of one tenant. */
  platformAudit: {
    all: platformAudit,
    list: (query: Page & { tenant: string }) =>
      tagged<ResponseOf<'/platform/audit', 'get'>>()([...platformAudit, 'list', query]),
  },

  /** A company sign-in link, by the path of its resource (own tenant or a platform tenant). */
  sso: (path: string) => tagged<ResponseOf<'/tenant/sso', 'get'> | null>()(['sso', path]),

  /** The tenant's retention of closed assessments (a tenant admin's own tenant). */
  retention: () => tagged<ResponseOf<'/tenant/retention', 'get'>>()(['tenant', 'retention']),

  consultancies: () => tagged<ResponseOf<'/consultancies', 'get'>>()(['consultancies']),

  engagements: {
    all: engagements,
    /** The company's grants to consultancies (a company's tenant admin). */
    granted: () => tagged<ResponseOf<'/engagements', 'get'>>()([...engagements, 'granted']),
    /** The companies' grants a consultancy was offered or accepted. */
    offered: () => tagged<ResponseOf<'/engagements', 'get'>>()([...engagements, 'offered']),
  },

  actions: {
    /** Every query of the action plan: a change invalidates all of them. */
    all: actions,
    plan: (language: string) => tagged<ResponseOf<'/actions', 'get'>>()([...actions, 'plan', language]),
    mine: (language: string) => tagged<ResponseOf<'/actions/mine', 'get'>>()([...actions, 'mine', language]),
    /** One action with its update log (owners may read the actions they own). */
    detail: (id: number, language: string) =>
      tagged<ResponseOf<'/actions/{id}', 'get'>>()([...actions, 'detail', id, language]),
    pairing: () => tagged<ResponseOf<'/actions/pairing', 'get'>>()([...actions, 'pairing']),
    owners: () => tagged<ResponseOf<'/users', 'get'>>()([...actions, 'owner-candidates']),
    loops: (language: string) => tagged<ResponseOf<'/actions/loop', 'get'>>()([...actions, 'loops', language]),
    loop: (assessmentId: number, language: string) =>
      tagged<ResponseOf<'/actions/loop/{assessmentId}', 'get'>>()([...actions, 'loop', assessmentId, language]),
  },

  clientPlans: {
    /** A client's plan and proposals as the consultancy sees them, and a company's inbox of proposals. */
    all: clientPlans,
    plan: (clientId: string, language: string) =>
      tagged<ResponseOf<'/portfolio/clients/{clientId}/plan', 'get'>>()([...clientPlans, 'plan', clientId, language]),
    proposals: (clientId: string, language: string) =>
      tagged<ResponseOf<'/portfolio/clients/{clientId}/proposals', 'get'>>()([
        ...clientPlans,
        'proposals',
        clientId,
        language,
      ]),
    inbox: (language: string) => tagged<ResponseOf<'/action-proposals', 'get'>>()([...clientPlans, 'inbox', language]),
  },

  portfolio: {
    all: portfolio,
    list: (sort: string, order: string) => tagged<ResponseOf<'/portfolio', 'get'>>()([...portfolio, sort, order]),
    compare: (clientIds: readonly number[]) =>
      tagged<ResponseOf<'/portfolio/compare', 'get'>>()([...portfolio, 'compare', clientIds]),
    trend: (clientId: string) =>
      tagged<ResponseOf<'/portfolio/clients/{clientId}/trend', 'get'>>()([...portfolio, 'trend', clientId]),
  },
} as const;
