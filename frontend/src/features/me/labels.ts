import type { TFunction } from 'i18next';
import type { TenantKind } from './api/get-me';

const roleKeys = {
  'tenant-admin': 'me.role.tenantAdmin',
  respondent: 'me.role.respondent',
  consultant: 'me.role.consultant',
  'platform-admin': 'me.role.platformAdmin',
} as const;

/** A readable label for a role; an unknown role is shown as it is. */
export function roleLabel(t: TFunction, role: string): string {
  const key = roleKeys[role as keyof typeof roleKeys];
  return key ? t(key) : role;
}

export function tenantKindLabel(t: TFunction, kind: TenantKind): string {
  return kind === 'CONSULTANCY' ? t('me.tenantKind.consultancy') : t('me.tenantKind.company');
}
