import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf, type Requiring } from '@/lib/api/typed';
import type { BusinessFunction, Industry, SizeBand, TenantKind } from '@/lib/vocabulary';
import type { TenantView } from './get-tenants';

type NewTenant = BodyOf<'/platform/tenants', 'post'>;

/** The tenant's first administrator, created with it (invited by email, or with an initial password). */
export type FirstAdmin = Requiring<
  NonNullable<NewTenant['firstAdmin']>,
  'email' | 'firstName' | 'lastName' | 'onboarding'
> & {
  businessFunction?: BusinessFunction;
};

/**
 * POST /api/v1/platform/tenants → 201. alias: lowercase a-z, 0-9 and "-", 3–40 characters; domain: the
 * organization's email domain, e.g. example.com (required).
 */
export type CreateTenantBody = Requiring<NewTenant, 'alias' | 'name' | 'kind' | 'country' | 'domain' | 'firstAdmin'> & {
  kind: TenantKind;
  industry: Industry;
  sizeBand: SizeBand;
  firstAdmin: FirstAdmin;
};

export function createTenant(api: ApiClient, body: CreateTenantBody): Promise<TenantView> {
  return callApi(api, 'post', '/platform/tenants', { body });
}

export function useCreateTenant() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTenantBody) => createTenant(api, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tenants.all }),
  });
}
