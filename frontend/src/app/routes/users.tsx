import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { TenantExportPanel } from '@/features/exports/components/tenant-export-panel';
import { useMe } from '@/features/me/api/get-me';
import { RetentionPanel } from '@/features/retention';
import { UsersPage } from '@/features/users/components/users-page';

/** /users — tenant administrators only, with the tenant's data export and data retention below the users; loaded lazily (see router.tsx). */
export default function UsersRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const tenant = me.data?.tenant;
  const allowed = me.data?.roles.includes('tenant-admin') && tenant;
  return (
    <>
      <title>{`${t('users.page.title')} · ${t('app.brand.name')}`}</title>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !allowed ? <Alert title={t('users.page.forbidden')} /> : null}
      {me.data && allowed ? (
        <>
          <UsersPage tenantKind={tenant.kind} currentUserId={me.data.id} />
          <TenantExportPanel />
          <RetentionPanel />
        </>
      ) : null}
    </>
  );
}
