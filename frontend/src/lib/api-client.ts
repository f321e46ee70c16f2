import { createContext, use } from 'react';

/** One field-level error of a problem+json response. */
export type Violation = { field: string; message: string };

/**
 * An error answer of the API, as RFC 9457 problem details (application/problem+json).
 * Answers that are not problem+json (a proxy's HTML page, an empty 502) become one too, with the HTTP
 * status and a generic type, so callers handle a single error type.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly violations: readonly Violation[];
  /** Problem-specific members, e.g. `current` (the saved answer) of a 409 on an answer. */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(problem: {
    type?: string;
    title: string;
    status: number;
    detail?: string | undefined;
    violations?: readonly Violation[];
    extra?: Readonly<Record<string, unknown>> | undefined;
  }) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.violations = problem.violations ?? [];
    this.extra = problem.extra ?? {};
  }

  /** The message of the violation on one field, for forms. */
  violationFor(field: string): string | undefined {
    return this.violations.find((violation) => violation.field === field)?.message;
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

/** The address names nothing: 404, or a malformed id in the path (400 on the field `id`, e.g. /assessments/abc). */
export function isNotFoundProblem(error: unknown): boolean {
  return (
    isProblemError(error) &&
    (error.status === 404 || (error.status === 400 && error.violations.some((violation) => violation.field === 'id')))
  );
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function parseViolations(value: unknown): Violation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof message === 'string' ? [{ field: typeof field === 'string' ? field : '', message }] : [];
  });
}

/** Turns an error response (status >= 400) into a ProblemError. */
export async function parseProblem(response: Response): Promise<ProblemError> {
  const contentType = response.headers.get('Content-Type') ?? '';
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  if (/^application\/(problem\+)?json\b/i.test(contentType)) {
    try {
      const body: unknown = await response.json();
      if (typeof body === 'object' && body !== null) {
        const record = body as Record<string, unknown>;
        return new ProblemError({
          type: optionalString(record.type),
          title: optionalString(record.title) ?? fallbackTitle,
          status: typeof record.status === 'number' ? record.status : response.status,
          detail: optionalString(record.detail),
          violations: parseViolations(record.violations),
          extra:
            typeof record.extra === 'object' && record.extra !== null && !Array.isArray(record.extra)
              ? (record.extra as Record<string, unknown>)
              : undefined,
        });
      }
    } catch {
      // not JSON after all: fall through to the generic problem
    }
  }
  return new ProblemError({ title: fallbackTitle, status: response.status });
}

export type ApiClientOptions = {
  /** e.g. /api/v1 */
  baseUrl: string;
  /** The current access token, or undefined when signed out. */
  getAccessToken: () => Promise<string | undefined> | string | undefined;
  /** The UI language, sent as Accept-Language so the server's messages match it. */
  getLanguage: () => string;
  /**
   * A problem whose texts are not in the UI language (its Content-Language differs; none means the server's
   * default, English): replace them with the UI's own (see lib/problem-text.ts).
   */
  localizeProblem?: (problem: ProblemError, uiLanguage: string) => ProblemError;
  /** Defaults to the global fetch at call time. */
  fetch?: typeof fetch;
  /**
   * Called on a 401: renew the token (true: the call is sent once more with the new one) or report that
   * the session has ended (false: the 401 reaches the caller as a ProblemError).
   */
  onUnauthorized?: () => Promise<boolean>;
};

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
};

/** A file the API sent: its bytes and the name from Content-Disposition (or the fallback). */
export type DownloadedFile = { blob: Blob; filename: string };

export type ApiClient = {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** GET a file (PDF, CSV) with the bearer token; errors are ProblemErrors like every other call. */
  download(path: string, fallbackName: string, options?: { signal?: AbortSignal | undefined }): Promise<DownloadedFile>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
};

/** The file name of a Content-Disposition header (`filename="..."`), without any path. */
export function filenameOf(contentDisposition: string | null): string | undefined {
  const match = /filename="?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match?.[1]?.split(/[\\/]/).pop()?.trim();
  return name ? name : undefined;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  /** The error answer as a ProblemError, in the UI language when the server's is another one. */
  async function problemOf(response: Response): Promise<ProblemError> {
    const problem = await parseProblem(response);
    const ui = options.getLanguage().toLowerCase().slice(0, 2);
    const served = (response.headers.get('Content-Language') ?? 'en').toLowerCase().slice(0, 2);
    return served === ui || !options.localizeProblem ? problem : options.localizeProblem(problem, ui);
  }

  /** Sends with the current token; on a 401, once more after the token was renewed. */
  async function sendAuthorized(
    path: string,
    headers: Record<string, string>,
    init: (headers: Record<string, string>) => RequestInit,
  ): Promise<Response> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const url = `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
    const send = async () => {
      const withToken = { ...headers };
      const token = await options.getAccessToken();
      if (token) withToken.Authorization = `Bearer ${token}`;
      return fetchImpl(url, init(withToken));
    };
    const response = await send();
    if (response.status !== 401 || !options.onUnauthorized) return response;
    return (await options.onUnauthorized()) ? send() : response;
  }

  async function request<T>(path: string, { method = 'GET', body, signal, headers = {} }: RequestOptions = {}) {
    const requestHeaders: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.getLanguage(),
      ...headers,
    };
    if (body !== undefined) requestHeaders['Content-Type'] = 'application/json';

    const response = await sendAuthorized(path, requestHeaders, (headers) => ({
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    }));
    if (!response.ok) throw await problemOf(response);
    if (response.status === 204 || response.headers.get('Content-Length') === '0') {
      return undefined as T;
    }
    // A 202 Accepted (or any answer) may come without a body and without a Content-Length.
    const text = await response.text();
    return (text.trim() === '' ? undefined : JSON.parse(text)) as T;
  }

  async function download(path: string, fallbackName: string, { signal }: { signal?: AbortSignal | undefined } = {}) {
    const headers: Record<string, string> = {
      Accept: '*/*',
      'Accept-Language': options.getLanguage(),
    };
    const response = await sendAuthorized(path, headers, (withToken) => ({
      method: 'GET',
      headers: withToken,
      signal: signal ?? null,
    }));
    if (!response.ok) throw await problemOf(response);
    return {
      blob: await response.blob(),
      filename: filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName,
    };
  }

  return {
    request,
    download,
    get: (path, opts) => request(path, { ...opts, method: 'GET' }),
    post: (path, body, opts) => request(path, { ...opts, method: 'POST', body }),
    put: (path, body, opts) => request(path, { ...opts, method: 'PUT', body }),
    patch: (path, body, opts) => request(path, { ...opts, method: 'PATCH', body }),
    delete: (path, opts) => request(path, { ...opts, method: 'DELETE' }),
  };
}

export const ApiClientContext = createContext<ApiClient | null>(null);

/** The API client of the signed-in session (provided in src/app/provider.tsx). */
export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an ApiClientContext provider');
  return client;
}

export const PublicApiClientContext = createContext<ApiClient | null>(null);

/**
 * The API client that never sends a sign-in token (provided in src/app/provider.tsx): for the personal links'
 * public calls, whose only credential is the link's token in the path.
 */
export function usePublicApiClient(): ApiClient {
  const client = use(PublicApiClientContext);
  if (!client) throw new Error('usePublicApiClient needs a PublicApiClientContext provider');
  return client;
}
