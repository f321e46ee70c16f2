import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { SiteHeader } from '@/components/layout/site-header';
import { SignOutButton } from '@/features/auth/components/sign-out-button';
import { UserSummary } from '@/features/me/components/user-summary';

/** The signed-in layout: banner (navigation, user, language, sign out) and the routed page. */
export function AppShell() {
  const { t } = useTranslation();
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
          </ul>
        </nav>
        <UserSummary />
        <LanguageSwitch />
        <SignOutButton />
      </SiteHeader>
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  );
}
