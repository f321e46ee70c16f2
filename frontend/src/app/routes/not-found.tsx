import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <title>{`${t('app.notFound.title')} · ${t('app.brand.name')}`}</title>
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.detail', { path: pathname })}</p>
      <p>
        <Link to="/">{t('app.notFound.homeLink')}</Link>
      </p>
    </>
  );
}
