import { queryOptions, useQuery } from '@tanstack/react-query';
import { isProblemError, useApiClient, type ApiClient } from '@/lib/api-client';

/*
 * A company's own identity provider linked to a tenant ("sign in with your company account"). The same
 * resource lives at two paths with the same bodies: /tenant/sso (a tenant administrator, for the tenant
 * of the token) and /platform/tenants/{alias}/sso (a platform administrator, for any tenant). Shared
 * here because the sso and tenants features both show it and features must not import each other.
 */

/** The SSO resource of the caller's own tenant. */
export const ownTenantSsoPath = '/tenant/sso';

/** The SSO resource of a tenant, for platform administrators. */
export const platformTenantSsoPath = (alias: string) => `/platform/tenants/${encodeURIComponent(alias)}/sso`;

export type SsoView = {
  alias: string;
  displayName: string;
  issuer: string;
  clientId: string;
  domain: string;
  enabled: boolean;
  /** The URL the company registers at its identity provider as the client's redirect URI. */
  redirectUri: string;
};

/** GET {path}: the link, or null when none is configured (404 sso-not-configured). */
export async function getSso(api: ApiClient, path: string, signal?: AbortSignal): Promise<SsoView | null> {
  try {
    return await api.get<SsoView>(path, { signal });
  } catch (error) {
    if (isProblemError(error) && error.status === 404 && error.type.endsWith('sso-not-configured')) return null;
    throw error;
  }
}

export const ssoQueryKey = (path: string) => ['sso', path] as const;

export function getSsoQueryOptions(api: ApiClient, path: string) {
  return queryOptions({ queryKey: ssoQueryKey(path), queryFn: ({ signal }) => getSso(api, path, signal) });
}

export function useSso(path: string) {
  const api = useApiClient();
  return useQuery(getSsoQueryOptions(api, path));
}
