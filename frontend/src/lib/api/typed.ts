import type { ApiClient, DownloadedFile } from '@/lib/api-client';
import type { paths } from './openapi';

/*
 * Calls typed by the OpenAPI document (./openapi.d.ts, generated from the backend). A path is written as
 * the API declares it, without the /api/v1 base ('/assessments/{id}'); its path and query parameters,
 * its JSON body and its answer are the generated types, so a call the backend does not offer, a missing
 * parameter or a changed record fails the type check instead of the user.
 */

/** The API's base path (the app config's apiBase), which the ApiClient adds. */
type Base = '/api/v1';

/** The API's paths without the base, e.g. '/assessments/{id}'. */
type Paths = { [P in keyof paths as P extends `${Base}${infer Rest}` ? Rest : never]: paths[P] };
export type ApiPath = keyof Paths;
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<Paths[P][M]>;
type PathsWith<M extends HttpMethod> = { [P in ApiPath]: Paths[P][M] extends undefined | never ? never : P }[ApiPath];

type JsonOf<C> = C extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** The JSON answer of an operation (200, 201 or 202; undefined for one without a body, such as a 204). */
export type ResponseOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer C } | { 201: infer C } | { 202: infer C }
      ? JsonOf<C>
      : undefined
    : never;

/** The JSON body an operation takes (never for one without a body). */
export type BodyOf<P extends ApiPath, M extends HttpMethod> = [NonNullable<Operation<P, M>['requestBody']>] extends [
  never,
]
  ? never
  : NonNullable<Operation<P, M>['requestBody']> extends { content: { 'application/json': infer Body } }
    ? Body
    : never;

/** A path segment is text in the address: route parameters (strings) may fill a numeric id. */
type PathValue<T> = T extends number ? number | string : T;
type PathParamsOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { path: infer Params } }
    ? { [K in keyof Params]: PathValue<Params[K]> }
    : never;
/** Query parameters (the document's optional ones may be undefined: they are left out of the address). */
export type QueryOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Query } }
    ? [Query] extends [never | undefined]
      ? never
      : NonNullable<Query>
    : never;

type Params<P extends ApiPath, M extends HttpMethod> = ([PathParamsOf<P, M>] extends [never]
  ? { path?: never }
  : { path: PathParamsOf<P, M> }) &
  ([QueryOf<P, M>] extends [never]
    ? { query?: never }
    : object extends QueryOf<P, M>
      ? { query?: QueryOf<P, M> }
      : { query: QueryOf<P, M> }) &
  ([BodyOf<P, M>] extends [never] ? { body?: never } : { body: BodyOf<P, M> }) & {
    signal?: AbortSignal | undefined;
  };

type Scalar = string | number | boolean;

/**
 * The address of a call: path parameters filled in (URI-encoded), query parameters in the order given,
 * arrays as comma-separated values (the OpenAPI "form" style without explode: clients=1,2).
 */
export function apiUrl(path: string, pathParams?: Record<string, Scalar>, query?: Record<string, unknown>): string {
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathParams?.[name];
    if (value === undefined) throw new Error(`apiUrl: no value for {${name}} in ${path}`);
    return encodeURIComponent(String(value));
  });
  const pairs = Object.entries(query ?? {}).flatMap(([name, value]) => {
    if (value === undefined || value === null) return [];
    const text = Array.isArray(value)
      ? value.map((item) => encodeURIComponent(String(item))).join(',')
      : encodeURIComponent(String(value as Scalar));
    return [`${encodeURIComponent(name)}=${text}`];
  });
  return pairs.length ? `${filled}?${pairs.join('&')}` : filled;
}

/** A JSON call of the API, typed by the OpenAPI document. Errors are ProblemErrors (see api-client). */
export function callApi<M extends HttpMethod, P extends PathsWith<M>>(
  api: ApiClient,
  method: M,
  path: P,
  ...[params]: object extends Params<P, M> ? [params?: Params<P, M>] : [params: Params<P, M>]
): Promise<ResponseOf<P, M>> {
  const {
    path: pathParams,
    query,
    body,
    signal,
  } = (params ?? {}) as {
    path?: Record<string, Scalar>;
    query?: Record<string, unknown>;
    body?: unknown;
    signal?: AbortSignal;
  };
  return api.request<ResponseOf<P, M>>(apiUrl(path, pathParams, query), {
    method: method.toUpperCase() as Uppercase<HttpMethod>,
    body,
    signal,
  });
}

/** GET of a file (PDF, CSV) the API declares; the answer is its bytes and name. */
export function downloadApi<P extends PathsWith<'get'>>(
  api: ApiClient,
  path: P,
  params: Omit<Params<P, 'get'>, 'body'>,
  fallbackName: string,
): Promise<DownloadedFile> {
  const {
    path: pathParams,
    query,
    signal,
  } = params as {
    path?: Record<string, Scalar>;
    query?: Record<string, unknown>;
    signal?: AbortSignal;
  };
  return api.download(apiUrl(path, pathParams, query), fallbackName, { signal });
}

/**
 * A body type made stricter than the API's record for what a form always sends (the listed members are
 * required and not null); the keys are checked against the record, so a renamed member fails the type check.
 */
export type Requiring<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
