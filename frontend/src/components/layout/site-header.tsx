import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page banner: skip link, product name, and whatever the page puts beside it. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink.label')}
      </a>
      <header className="site-header">
        <p className="site-header__brand">{t('app.brand.name')}</p>
        <div className="site-header__content">{children}</div>
      </header>
    </>
  );
}
