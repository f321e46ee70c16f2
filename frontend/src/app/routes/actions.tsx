import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { ActionPlanPage } from '@/features/actions';
import { ProposalInbox } from '@/features/clientplans';
import { useMe } from '@/features/me/api/get-me';
import { isCompanyAdmin } from './consulting-access';
import { useDefaultDimensions } from './default-dimensions';

/**
 * /actions — the action plan, tenant administrators of a company only, with the actions their consultancies propose;
 * loaded lazily (see router.tsx).
 */
export default function ActionsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const dimensions = useDefaultDimensions();
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
      {isCompanyAdmin(me.data) ? <ProposalInbox /> : null}
    </>
  );
}
