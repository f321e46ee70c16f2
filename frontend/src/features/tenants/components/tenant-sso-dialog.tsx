import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { platformTenantSso, SsoSettings } from '@/features/sso';
import type { TenantView } from '@/features/tenants/api/get-tenants';

/**
 * A tenant's company sign-in, for platform administrators: the same settings a tenant administrator
 * has on /settings/sso, on the platform resource /api/v1/platform/tenants/{alias}/sso.
 */
export function TenantSsoDialog({ tenant, onClose }: { tenant: TenantView; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open title={t('tenants.sso.heading', { name: tenant.name })} onClose={onClose}>
      <p className="note">{t('tenants.sso.intro')}</p>
      <SsoSettings resource={platformTenantSso(tenant.alias)} headingLevel={3} audience="tenant" />
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          {t('tenants.sso.close')}
        </Button>
      </div>
    </Dialog>
  );
}
