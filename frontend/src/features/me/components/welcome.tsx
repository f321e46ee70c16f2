import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useMe } from '@/features/me/api/get-me';
import { roleLabel, tenantKindLabel } from '@/features/me/labels';

/** The home page's greeting: "Signed in as … of <organization>", with the user's details. */
export function Welcome() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return <StatusMessage>{t('me.welcome.loading')}</StatusMessage>;
  if (me.isError) return <ProblemAlert title={t('me.error.loadFailed')} error={me.error} />;

  const { name, email, tenant, roles } = me.data;
  return (
    <div className="welcome">
      <p className="welcome__lead">
        {tenant
          ? t('me.welcome.signedInAs', { name, tenant: tenant.name })
          : t('me.welcome.signedInWithoutTenant', { name })}
      </p>
      <dl className="details">
        <dt>{t('me.welcome.email')}</dt>
        <dd>{email}</dd>
        {tenant ? (
          <>
            <dt>{t('me.welcome.organization')}</dt>
            <dd>
              {tenant.name} ({tenantKindLabel(t, tenant.kind)})
            </dd>
          </>
        ) : null}
        <dt>{t('me.welcome.roles')}</dt>
        <dd>{roles.map((role) => roleLabel(t, role)).join(', ')}</dd>
      </dl>
    </div>
  );
}
