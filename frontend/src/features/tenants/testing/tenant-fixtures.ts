import type { TenantView } from '@/features/tenants/api/get-tenants';

/** The tenants of the tenants feature's tests: an active company and a disabled consultancy. */
export const acme: TenantView = {
  alias: 'acme',
  name: 'Acme Manufacturing',
  kind: 'COMPANY',
  industry: 'manufacturing',
  sizeBand: '250-999',
  country: 'IT',
  status: 'ACTIVE',
  domains: ['acme.example'],
  createdAt: '2026-11-01T10:00:00Z',
  deletionDueAt: null,
};

export const bright: TenantView = {
  alias: 'bright',
  name: 'Bright Consulting',
  kind: 'CONSULTANCY',
  industry: 'consulting',
  sizeBand: '10-49',
  country: 'DE',
  status: 'DISABLED',
  domains: [],
  createdAt: '2026-11-02T10:00:00Z',
  deletionDueAt: null,
};

/** A page of the list API. */
export const page = <T>(items: T[]) => ({ items, page: 0, size: 20, total: items.length });
