import { vi } from 'vitest';

export type StubRoute = {
  method?: string;
  /** The request's path, e.g. /api/v1/me */
  path: string;
  respond: (request: Request) => Response | Promise<Response>;
};

export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

export const problemResponse = (problem: Record<string, unknown>): Response =>
  new Response(JSON.stringify(problem), {
    status: typeof problem.status === 'number' ? problem.status : 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/**
 * Replaces the global fetch (the network boundary) with a tiny router over canned answers.
 * Unknown requests fail the test loudly. Returns the requests seen, for assertions on headers.
 */
export function stubFetch(routes: StubRoute[]): { requests: Request[] } {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(
        new URL(String(input instanceof Request ? input.url : input), 'http://localhost'),
        init,
      );
      requests.push(request);
      const { pathname } = new URL(request.url);
      const route = routes.find((r) => r.path === pathname && (r.method ?? 'GET') === request.method);
      if (!route) throw new Error(`fetch stub: no answer for ${request.method} ${pathname}`);
      return route.respond(request);
    }),
  );
  return { requests };
}
