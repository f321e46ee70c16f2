import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useMe } from '@/features/me/api/get-me';
import { PlatformActivityPage } from '@/features/tenants/components/platform-activity-page';

/** /platform/activity — platform administrators only; loaded lazily (see router.tsx). */
export default function PlatformActivityRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const allowed = me.data?.roles.includes('platform-admin') ?? false;
  return (
    <>
      <title>{`${t('tenants.activity.title')} · ${t('app.brand.name')}`}</title>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !allowed ? <Alert title={t('tenants.page.forbidden')} /> : null}
      {allowed ? <PlatformActivityPage initialTenant={params.get('tenant') ?? ''} /> : null}
    </>
  );
}
