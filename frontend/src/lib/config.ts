/** The runtime configuration the backend serves at /app-config.json (public, no token needed). */
export type AppConfig = {
  /** OpenID Connect issuer, e.g. http://localhost:8180/realms/maturity */
  authority: string;
  /** Public OIDC client of the web app */
  clientId: string;
  /** Base path of the REST API, e.g. /api/v1 */
  apiBase: string;
};

export class AppConfigError extends Error {
  override name = 'AppConfigError';
}

export function parseAppConfig(value: unknown): AppConfig {
  if (typeof value !== 'object' || value === null) {
    throw new AppConfigError('app-config.json is not a JSON object');
  }
  const record = value as Record<string, unknown>;
  const read = (key: keyof AppConfig): string => {
    const field = record[key];
    if (typeof field !== 'string' || field.trim() === '') {
      throw new AppConfigError(`app-config.json lacks "${key}"`);
    }
    return field;
  };
  return {
    authority: read('authority'),
    clientId: read('clientId'),
    apiBase: read('apiBase').replace(/\/+$/, ''),
  };
}

export async function loadAppConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl('/app-config.json', {
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw new AppConfigError(`/app-config.json answered ${response.status}`);
  }
  return parseAppConfig(await response.json());
}
