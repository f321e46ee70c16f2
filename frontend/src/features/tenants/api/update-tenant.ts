import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import type { Industry, SizeBand } from '@/lib/vocabulary';
import { tenantsQueryKey, type TenantStatus, type TenantView } from './get-tenants';

/** PATCH /api/v1/platform/tenants/{alias}: only the members sent change. */
export type UpdateTenantBody = {
  name?: string;
  industry?: Industry;
  sizeBand?: SizeBand;
  country?: string;
  status?: TenantStatus;
};

export function updateTenant(api: ApiClient, alias: string, body: UpdateTenantBody): Promise<TenantView> {
  return api.patch<TenantView>(`/platform/tenants/${encodeURIComponent(alias)}`, body);
}

export function useUpdateTenant() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alias, body }: { alias: string; body: UpdateTenantBody }) => updateTenant(api, alias, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
  });
}
