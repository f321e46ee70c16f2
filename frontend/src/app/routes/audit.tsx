import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useMe } from '@/features/me/api/get-me';
import { AuditPage } from '@/features/audit';

/** /audit — tenant administrators only; loaded lazily (see router.tsx). */
export default function AuditRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data?.roles.includes('tenant-admin') ?? false;
  return (
    <>
      <title>{`${t('audit.page.title')} · ${t('app.brand.name')}`}</title>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !allowed ? <Alert title={t('audit.page.forbidden')} /> : null}
      {allowed ? <AuditPage /> : null}
    </>
  );
}
