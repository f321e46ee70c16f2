import { useTranslation } from 'react-i18next';
import { ownTenantSso } from '@/features/sso/api/get-sso';
import { SsoSettings } from '@/features/sso/components/sso-settings';

/**
 * /settings/sso (tenant administrators): the company's own OpenID Connect identity provider, through
 * the shared SSO settings on the caller's tenant resource (platform administrators use the same
 * settings on the tenants page, on the tenant's platform resource).
 */
export function SsoPage() {
  const { t } = useTranslation();
  return (
    <div className="sso-page">
      <h1>{t('users.sso.heading')}</h1>
      <p>{t('users.sso.intro')}</p>
      <SsoSettings resource={ownTenantSso} />
    </div>
  );
}
