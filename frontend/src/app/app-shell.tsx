import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { SiteHeader } from '@/components/layout/site-header';
import { SessionEndedBanner } from '@/features/auth/components/session-ended';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { useMe } from '@/features/me/api/get-me';
import { UserSummary } from '@/features/me/components/user-summary';
import { isCompanyAdmin, isConsultant } from './routes/consulting-access';

/** The signed-in layout: banner (navigation, user, language, sign out) and the routed page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  // The administration links follow the roles of /api/v1/me (the API checks them again on every call).
  const roles = me.data?.roles ?? [];
  const tenantAdmin = roles.includes('tenant-admin');
  return (
    <>
      <SiteHeader>
        <nav aria-label={t('app.nav.label')} className="main-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t('app.nav.home')}
              </NavLink>
            </li>
            {isCompanyAdmin(me.data) ? (
              <>
                <li>
                  <NavLink to="/actions">{t('actions.nav.plan')}</NavLink>
                </li>
                <li>
                  <NavLink to="/history">{t('consulting.nav.history')}</NavLink>
                </li>
                <li>
                  <NavLink to="/consultants">{t('consulting.nav.consultants')}</NavLink>
                </li>
              </>
            ) : null}
            {isConsultant(me.data) ? (
              <li>
                <NavLink to="/portfolio">{t('consulting.nav.portfolio')}</NavLink>
              </li>
            ) : null}
            {tenantAdmin ? (
              <>
                <li>
                  <NavLink to="/users">{t('users.nav.users')}</NavLink>
                </li>
                <li>
                  <NavLink to="/settings/sso">{t('users.nav.sso')}</NavLink>
                </li>
                <li>
                  <NavLink to="/audit">{t('audit.nav.link')}</NavLink>
                </li>
              </>
            ) : null}
            {roles.includes('platform-admin') ? (
              <>
                <li>
                  <NavLink to="/platform/tenants">{t('tenants.nav.tenants')}</NavLink>
                </li>
                <li>
                  <NavLink to="/platform/activity">{t('tenants.nav.activity')}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <UserSummary />
        <LanguageSwitch />
        <SignOutButton />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page">
        <SessionEndedBanner />
        <Outlet />
      </main>
    </>
  );
}
