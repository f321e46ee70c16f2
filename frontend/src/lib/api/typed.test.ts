import { describe, expect, it } from 'vitest';
import { createApiClient } from '@/lib/api-client';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { apiUrl, callApi } from './typed';

const api = createApiClient({ baseUrl: '/api/v1', getAccessToken: () => 'token', getLanguage: () => 'en' });

describe('typed API calls', () => {
  it('build the addresses the hand-written calls built', () => {
    expect(apiUrl('/assessments', {}, { page: 0, size: 20 })).toBe('/assessments?page=0&size=20');
    expect(apiUrl('/assessments/{id}/questionnaire', { id: '42' }, { lang: 'it' })).toBe(
      '/assessments/42/questionnaire?lang=it',
    );
    expect(apiUrl('/users', {}, { search: 'a&b c', page: 1, size: 50 })).toBe('/users?search=a%26b%20c&page=1&size=50');
    expect(apiUrl('/portfolio/compare.csv', {}, { clients: [3, 1], lang: 'en' })).toBe(
      '/portfolio/compare.csv?clients=3,1&lang=en',
    );
    expect(apiUrl('/assessments/{id}/answers.csv', { id: 7 }, { lang: 'en', respondentNames: undefined })).toBe(
      '/assessments/7/answers.csv?lang=en',
    );
    expect(apiUrl('/platform/tenants/{alias}/sso', { alias: 'a/b' })).toBe('/platform/tenants/a%2Fb/sso');
  });

  it('send the method, the path parameters and the JSON body', async () => {
    const { requests } = stubFetch([
      { method: 'PUT', path: '/api/v1/assessments/5/answers/L1', respond: () => jsonResponse({ revision: 2 }) },
    ]);

    await callApi(api, 'put', '/assessments/{id}/answers/{questionKey}', {
      path: { id: 5, questionKey: 'L1' },
      body: { optionKey: 'yes', baseRevision: 1 },
    });

    expect(requests[0]?.method).toBe('PUT');
    await expect(requests[0]?.json()).resolves.toEqual({ optionKey: 'yes', baseRevision: 1 });
  });

  it('refuse, at type-check time, what the OpenAPI document does not offer', () => {
    const calls = () => [
      // @ts-expect-error the document requires clients
      callApi(api, 'get', '/portfolio/compare', { query: {} }),
      // @ts-expect-error no such endpoint
      callApi(api, 'get', '/assessment/{id}', { path: { id: 1 } }),
      // @ts-expect-error the path parameter is missing
      callApi(api, 'get', '/assessments/{id}', {}),
      // @ts-expect-error a body member the API does not take
      callApi(api, 'post', '/assessments', { body: { name: 'x' } }),
    ];
    expect(typeof calls).toBe('function'); // checked by tsc (npm run typecheck), never called
  });
});
