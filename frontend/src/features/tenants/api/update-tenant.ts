import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi, type BodyOf } from '@/lib/api/typed';
import type { Industry, SizeBand } from '@/lib/vocabulary';
import type { TenantView } from './get-tenants';

/** PATCH /api/v1/platform/tenants/{alias}: only the members sent change. */
export type UpdateTenantBody = Omit<BodyOf<'/platform/tenants/{alias}', 'patch'>, 'industry' | 'sizeBand'> & {
  industry?: Industry;
  sizeBand?: SizeBand;
};

export function updateTenant(api: ApiClient, alias: string, body: UpdateTenantBody): Promise<TenantView> {
  return callApi(api, 'patch', '/platform/tenants/{alias}', { path: { alias }, body });
}

export function useUpdateTenant() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alias, body }: { alias: string; body: UpdateTenantBody }) => updateTenant(api, alias, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tenants.all }),
  });
}
