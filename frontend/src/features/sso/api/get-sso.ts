import { queryOptions, useQuery } from '@tanstack/react-query';
import { isProblemError, useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { apiUrl, callApi, type ResponseOf } from '@/lib/api/typed';

/*
 * A company's own identity provider linked to a tenant ("sign in with your company account"). The same
 * resource lives at two paths with the same bodies: /tenant/sso (a tenant administrator, for the tenant
 * of the token) and /platform/tenants/{alias}/sso (a platform administrator, for any tenant).
 */

/** Whose link: the caller's own tenant (no alias), or the tenant with this alias (platform administrators). */
export type SsoResource = { readonly alias?: string };

/** The SSO resource of the caller's own tenant. */
export const ownTenantSso: SsoResource = {};

/** The SSO resource of a tenant, for platform administrators. */
export const platformTenantSso = (alias: string): SsoResource => ({ alias });

/** The resource's address, e.g. /tenant/sso: the cache key of its link. */
export const ssoPath = ({ alias }: SsoResource) =>
  alias === undefined ? '/tenant/sso' : apiUrl('/platform/tenants/{alias}/sso', { alias });

export type SsoView = ResponseOf<'/tenant/sso', 'get'>;

/** GET: the link, or null when none is configured (404 sso-not-configured). */
export async function getSso(api: ApiClient, resource: SsoResource, signal?: AbortSignal): Promise<SsoView | null> {
  try {
    return resource.alias === undefined
      ? await callApi(api, 'get', '/tenant/sso', { signal })
      : await callApi(api, 'get', '/platform/tenants/{alias}/sso', { path: { alias: resource.alias }, signal });
  } catch (error) {
    if (isProblemError(error) && error.status === 404 && error.type.endsWith('sso-not-configured')) return null;
    throw error;
  }
}

export function getSsoQueryOptions(api: ApiClient, resource: SsoResource) {
  return queryOptions({
    queryKey: queryKeys.sso(ssoPath(resource)),
    queryFn: ({ signal }) => getSso(api, resource, signal),
  });
}

export function useSso(resource: SsoResource) {
  const api = useApiClient();
  return useQuery(getSsoQueryOptions(api, resource));
}
