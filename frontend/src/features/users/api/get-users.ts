import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api-client';

/** A user of the caller's tenant, as GET/POST/PATCH /api/v1/users answer it. */
export type UserView = {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  name: string;
  businessFunction: string | null;
  roles: string[];
  enabled: boolean;
  emailVerified: boolean;
  /** Keycloak required actions still to do, e.g. UPDATE_PASSWORD, VERIFY_EMAIL. */
  pendingActions: string[];
  /** The account also belongs to another tenant: account-wide changes are refused (409 shared-account). */
  otherTenants: boolean;
  source: 'PRODUCT' | 'COMPANY_SSO';
  createdAt: string | null;
};

export type UserPage = { items: UserView[]; page: number; size: number; total: number };

export type UserQuery = { search: string; page: number; size: number };

/** GET /api/v1/users (tenant administrators): a page of the tenant's users, filtered by name or email. */
export function getUsers(api: ApiClient, { search, page, size }: UserQuery, signal?: AbortSignal): Promise<UserPage> {
  const params = new URLSearchParams({ search, page: String(page), size: String(size) });
  return api.get<UserPage>(`/users?${params}`, { signal });
}

/** Every query of the tenant's users starts with this key: a change invalidates all of them. */
export const usersQueryKey = ['users'] as const;

export function getUsersQueryOptions(api: ApiClient, query: UserQuery) {
  return queryOptions({
    queryKey: [...usersQueryKey, 'admin-list', query],
    queryFn: ({ signal }) => getUsers(api, query, signal),
    // The old page stays on screen while the next one (or the next search) loads.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UserQuery) {
  const api = useApiClient();
  return useQuery(getUsersQueryOptions(api, query));
}
