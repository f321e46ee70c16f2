import type { TFunction } from 'i18next';

/*
 * The fixed vocabularies of the user and tenant administration API (business functions, roles,
 * industries, size bands) with their translated labels. Shared because the users, tenants and SSO
 * screens all show them and features must not import each other.
 */

export const businessFunctions = ['marketing', 'it', 'sales', 'service', 'rnd', 'hr', 'executive', 'other'] as const;
export type BusinessFunction = (typeof businessFunctions)[number];

const functionKeys = {
  marketing: 'users.function.marketing',
  it: 'users.function.it',
  sales: 'users.function.sales',
  service: 'users.function.service',
  rnd: 'users.function.rnd',
  hr: 'users.function.hr',
  executive: 'users.function.executive',
  other: 'users.function.other',
} as const satisfies Record<BusinessFunction, string>;

export const isBusinessFunction = (value: string | null | undefined): value is BusinessFunction =>
  !!value && Object.hasOwn(functionKeys, value);

/** A business function's label; an unknown one as it is, none as a dash. */
export function businessFunctionLabel(t: TFunction, value: string | null | undefined): string {
  if (!value) return '—';
  return isBusinessFunction(value) ? t(functionKeys[value]) : value;
}

export type TenantKind = 'COMPANY' | 'CONSULTANCY';

export type Role = 'platform-admin' | 'tenant-admin' | 'consultant' | 'respondent';

/** The roles a tenant administrator may give in a tenant of this kind (platform-admin never). */
export function assignableRoles(kind: TenantKind): Role[] {
  return kind === 'CONSULTANCY' ? ['tenant-admin', 'consultant'] : ['tenant-admin', 'respondent'];
}

const roleKeys = {
  'platform-admin': 'users.role.platformAdmin',
  'tenant-admin': 'users.role.tenantAdmin',
  consultant: 'users.role.consultant',
  respondent: 'users.role.respondent',
} as const satisfies Record<Role, string>;

/** A role's label; an unknown role as it is. */
export function roleLabel(t: TFunction, role: string): string {
  return Object.hasOwn(roleKeys, role) ? t(roleKeys[role as Role]) : role;
}

export const industries = [
  'manufacturing',
  'retail',
  'consulting',
  'financial-services',
  'technology',
  'healthcare',
  'public-sector',
  'education',
  'media',
  'energy',
  'transport',
  'hospitality',
  'other',
] as const;
export type Industry = (typeof industries)[number];

const industryKeys = {
  manufacturing: 'tenants.industry.manufacturing',
  retail: 'tenants.industry.retail',
  consulting: 'tenants.industry.consulting',
  'financial-services': 'tenants.industry.financialServices',
  technology: 'tenants.industry.technology',
  healthcare: 'tenants.industry.healthcare',
  'public-sector': 'tenants.industry.publicSector',
  education: 'tenants.industry.education',
  media: 'tenants.industry.media',
  energy: 'tenants.industry.energy',
  transport: 'tenants.industry.transport',
  hospitality: 'tenants.industry.hospitality',
  other: 'tenants.industry.other',
} as const satisfies Record<Industry, string>;

export const isIndustry = (value: string | null | undefined): value is Industry =>
  !!value && Object.hasOwn(industryKeys, value);

export function industryLabel(t: TFunction, value: string | null | undefined): string {
  if (!value) return '—';
  return Object.hasOwn(industryKeys, value) ? t(industryKeys[value as Industry]) : value;
}

export const sizeBands = ['1-9', '10-49', '50-249', '250-999', '1000-4999', '5000+'] as const;
export type SizeBand = (typeof sizeBands)[number];

const sizeBandKeys = {
  '1-9': 'tenants.sizeBand.micro',
  '10-49': 'tenants.sizeBand.small',
  '50-249': 'tenants.sizeBand.medium',
  '250-999': 'tenants.sizeBand.large',
  '1000-4999': 'tenants.sizeBand.veryLarge',
  '5000+': 'tenants.sizeBand.enterprise',
} as const satisfies Record<SizeBand, string>;

export const isSizeBand = (value: string | null | undefined): value is SizeBand =>
  !!value && Object.hasOwn(sizeBandKeys, value);

export function sizeBandLabel(t: TFunction, value: string | null | undefined): string {
  if (!value) return '—';
  return Object.hasOwn(sizeBandKeys, value) ? t(sizeBandKeys[value as SizeBand]) : value;
}

/** A country's name in the UI language from its ISO 3166-1 alpha-2 code; the code itself when unknown. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}
