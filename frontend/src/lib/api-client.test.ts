import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { createApiClient, ProblemError } from './api-client';

const client = (language = 'it') =>
  createApiClient({ baseUrl: '/api/v1/', getAccessToken: async () => 'token-123', getLanguage: () => language });

describe('api client', () => {
  it('sends the bearer token and the UI language, and returns the JSON body', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/things', respond: () => jsonResponse({ answer: 42 }) }]);

    await expect(client('it').get('/things')).resolves.toEqual({ answer: 42 });

    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(requests[0]?.headers.get('Accept-Language')).toBe('it');
  });

  it('sends no Authorization header without a token', async () => {
    const { requests } = stubFetch([{ path: '/api/v1/things', respond: () => jsonResponse({}) }]);
    const anonymous = createApiClient({ baseUrl: '/api/v1', getAccessToken: () => undefined, getLanguage: () => 'en' });

    await anonymous.get('/things');

    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('sends a JSON body', async () => {
    const { requests } = stubFetch([
      { method: 'POST', path: '/api/v1/things', respond: () => jsonResponse({ id: 1 }, { status: 201 }) },
    ]);

    await client().post('/things', { name: 'x' });

    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
    await expect(requests[0]?.json()).resolves.toEqual({ name: 'x' });
  });

  it('returns undefined for an answer without a body, such as a 202 Accepted', async () => {
    stubFetch([
      { method: 'POST', path: '/api/v1/things/1/invitation', respond: () => new Response(null, { status: 202 }) },
    ]);

    await expect(client().post('/things/1/invitation')).resolves.toBeUndefined();
  });

  it('turns application/problem+json into a ProblemError with its violations', async () => {
    stubFetch([
      {
        method: 'POST',
        path: '/api/v1/things',
        respond: () =>
          problemResponse({
            type: 'https://socialmaturity.io/problems/validation',
            title: 'Invalid request',
            status: 400,
            detail: 'Two fields are invalid',
            violations: [
              { field: 'name', message: 'must not be blank' },
              { field: 'size', message: 'must be at most 10' },
            ],
          }),
      },
    ]);

    const error = await client()
      .post('/things', {})
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    const problem = error as ProblemError;
    expect(problem).toMatchObject({
      type: 'https://socialmaturity.io/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Two fields are invalid',
    });
    expect(problem.violations).toEqual([
      { field: 'name', message: 'must not be blank' },
      { field: 'size', message: 'must be at most 10' },
    ]);
    expect(problem.violationFor('size')).toBe('must be at most 10');
  });

  it('keeps the problem-specific members of "extra"', async () => {
    const current = { questionKey: 'L1', optionKey: 'all', revision: 5 };
    stubFetch([
      {
        method: 'PUT',
        path: '/api/v1/things/1',
        respond: () => problemResponse({ title: 'Conflict', status: 409, extra: { current } }),
      },
    ]);

    const error = (await client()
      .put('/things/1', {})
      .catch((e: unknown) => e)) as ProblemError;

    expect(error.status).toBe(409);
    expect(error.extra).toEqual({ current });
  });

  it('fills in what a minimal problem leaves out', async () => {
    stubFetch([{ path: '/api/v1/secret', respond: () => problemResponse({ title: 'Forbidden', status: 403 }) }]);

    const error = (await client()
      .get('/secret')
      .catch((e: unknown) => e)) as ProblemError;

    expect(error).toMatchObject({ type: 'about:blank', title: 'Forbidden', status: 403, detail: undefined });
    expect(error.violations).toEqual([]);
  });

  it('turns a non-problem error answer into a ProblemError with its status', async () => {
    stubFetch([
      {
        path: '/api/v1/things',
        respond: () =>
          new Response('<html>Bad gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html' },
          }),
      },
    ]);

    const error = (await client()
      .get('/things')
      .catch((e: unknown) => e)) as ProblemError;

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });

  it('on a 401 renews the token once and sends again; when renewal fails the 401 reaches the caller', async () => {
    let token = 'old';
    const { requests } = stubFetch([
      {
        path: '/api/v1/things',
        respond: (request) =>
          request.headers.get('Authorization') === 'Bearer new'
            ? jsonResponse({ ok: true })
            : problemResponse({ title: 'Unauthorized', status: 401 }),
      },
    ]);
    const renewing = createApiClient({
      baseUrl: '/api/v1',
      getAccessToken: () => token,
      getLanguage: () => 'en',
      onUnauthorized: async () => {
        token = 'new';
        return true;
      },
    });
    await expect(renewing.get('/things')).resolves.toEqual({ ok: true });
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer new']);

    token = 'old';
    const ended = createApiClient({
      baseUrl: '/api/v1',
      getAccessToken: () => token,
      getLanguage: () => 'en',
      onUnauthorized: async () => false,
    });
    await expect(ended.get('/things')).rejects.toMatchObject({ status: 401 });
  });

  it('hands a problem to localizeProblem only when it is not in the UI language', async () => {
    const seen: string[] = [];
    stubFetch([
      {
        path: '/api/v1/english',
        respond: () => problemResponse({ title: 'Bad', status: 400, detail: 'must not be blank' }),
      },
      {
        path: '/api/v1/italian',
        respond: () =>
          new Response(JSON.stringify({ title: 'Errata', status: 400, detail: 'non può essere vuoto' }), {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'it' },
          }),
      },
    ]);
    const localizing = createApiClient({
      baseUrl: '/api/v1',
      getAccessToken: () => 't',
      getLanguage: () => 'it',
      localizeProblem: (problem) => {
        seen.push(problem.detail ?? '');
        return new ProblemError({ title: problem.title, status: problem.status, detail: 'tradotto' });
      },
    });
    await expect(localizing.get('/english')).rejects.toMatchObject({ detail: 'tradotto' });
    await expect(localizing.get('/italian')).rejects.toMatchObject({ detail: 'non può essere vuoto' });
    expect(seen).toEqual(['must not be blank']);
  });
});
