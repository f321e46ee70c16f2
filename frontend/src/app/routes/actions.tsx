import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { ActionPlanPage } from '@/features/actions';
import { useFramework, useLatestFrameworks } from '@/features/frameworks';
import { useMe } from '@/features/me/api/get-me';
import { currentLanguage } from '@/lib/i18n';

const DEFAULT_FRAMEWORK = 'socially-enabled';

/** /actions — the action plan, tenant administrators of a company only; loaded lazily (see router.tsx). */
export default function ActionsRoute() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const me = useMe();
  const latest = useLatestFrameworks(language);
  const version = latest.data?.find((f) => f.key === DEFAULT_FRAMEWORK)?.version;
  const framework = useFramework(version ? DEFAULT_FRAMEWORK : undefined, version, language);
  const dimensions = (framework.data?.dimensions ?? []).map((d) => ({ key: d.key, name: d.name }));
  const allowed = me.data?.roles.includes('tenant-admin') && me.data.tenant;
  return (
    <>
      <title>{`${t('actions.page.title')} · ${t('app.brand.name')}`}</title>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !allowed ? <Alert title={t('actions.page.forbidden')} /> : null}
      {me.data && allowed ? (
        <ActionPlanPage dimensions={dimensions} canDelete={me.data.roles.includes('tenant-admin')} />
      ) : null}
    </>
  );
}
