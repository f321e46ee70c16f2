import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/testing/fetch-stub';
import { AppConfigError, loadAppConfig, parseAppConfig } from './config';

describe('runtime configuration', () => {
  it('is loaded from /app-config.json', async () => {
    stubFetch([
      {
        path: '/app-config.json',
        respond: () =>
          jsonResponse({
            authority: 'http://localhost:8180/realms/maturity',
            clientId: 'maturity-web',
            apiBase: '/api/v1/',
          }),
      },
    ]);

    await expect(loadAppConfig()).resolves.toEqual({
      authority: 'http://localhost:8180/realms/maturity',
      clientId: 'maturity-web',
      apiBase: '/api/v1',
    });
  });

  it('is refused when a field is missing', () => {
    expect(() => parseAppConfig({ authority: 'http://idp', apiBase: '/api/v1' })).toThrow(AppConfigError);
    expect(() => parseAppConfig('nonsense')).toThrow(AppConfigError);
  });
});
