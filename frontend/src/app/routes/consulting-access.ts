import type { Me } from '@/features/me/api/get-me';

/** Who sees the company's pages (Consultants, History) and the consultancy's (Portfolio, Compare, Trend). */
export const isCompanyAdmin = (me: Me | undefined) =>
  !!me && me.tenant?.kind === 'COMPANY' && me.roles.includes('tenant-admin');

export const isConsultant = (me: Me | undefined) =>
  !!me && me.tenant?.kind === 'CONSULTANCY' && (me.roles.includes('consultant') || me.roles.includes('tenant-admin'));
