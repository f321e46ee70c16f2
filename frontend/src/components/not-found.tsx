import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/**
 * "Page not found", for an address that names nothing: an unknown route, or an id the API does not know
 * (`/assessments/abc/manage`, an assessment of another company).
 */
export function NotFoundContent() {
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
