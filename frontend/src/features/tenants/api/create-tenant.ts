import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { BusinessFunction, Industry, SizeBand, TenantKind } from '@/lib/vocabulary';
import { tenantsQueryKey, type TenantView } from './get-tenants';

/** The tenant's first administrator, created with it (invited by email, or with an initial password). */
export type FirstAdmin = {
  email: string;
  firstName: string;
  lastName: string;
  businessFunction?: BusinessFunction;
  onboarding: 'INVITE' | 'PASSWORD';
  initialPassword?: string;
};

/** POST /api/v1/platform/tenants → 201. alias: lowercase a-z, 0-9 and "-", 3–40 characters. */
export type CreateTenantBody = {
  alias: string;
  name: string;
  kind: TenantKind;
  industry: Industry | null;
  sizeBand: SizeBand | null;
  country: string;
  /** The organization's email domain, e.g. example.com (required). */
  domain: string;
  firstAdmin: FirstAdmin;
};

export function createTenant(api: ApiClient, body: CreateTenantBody): Promise<TenantView> {
  return api.post<TenantView>('/platform/tenants', body);
}

export function useCreateTenant() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTenantBody) => createTenant(api, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
