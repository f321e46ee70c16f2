import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/api/query-keys';
import { callApi } from '@/lib/api/typed';
import type { TenantView } from './get-tenants';

/**
 * DELETE /api/v1/platform/tenants/{alias}: the tenant is disabled at once and purged after the grace period
 * (its `deletionDueAt`); a second request while one is pending is a 409 `tenant-deletion-pending`.
 */
export function requestTenantDeletion(api: ApiClient, alias: string): Promise<TenantView> {
  return callApi(api, 'delete', '/platform/tenants/{alias}', { path: { alias } });
}

/** POST /api/v1/platform/tenants/{alias}/restore: cancels a pending deletion. */
export function restoreTenant(api: ApiClient, alias: string): Promise<TenantView> {
  return callApi(api, 'post', '/platform/tenants/{alias}/restore', { path: { alias } });
}

function useTenantMutation(fn: (api: ApiClient, alias: string) => Promise<TenantView>) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alias: string) => fn(api, alias),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.tenants.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.platformAudit.all }),
      ]),
  });
}

export function useRequestTenantDeletion() {
  return useTenantMutation(requestTenantDeletion);
}

export function useRestoreTenant() {
  return useTenantMutation(restoreTenant);
}
