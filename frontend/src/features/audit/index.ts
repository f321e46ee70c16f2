/** The tenant's audit trail screen (tenant administrators). */
export { AuditPage } from './components/audit-page';
