import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';

/** Shown instead of the shell when rendering a route throws; never the error's text. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <Alert title={t('app.routeError.title')}>
        <p>{t('app.routeError.detail')}</p>
        <p>
          <a href="/">{t('app.notFound.homeLink')}</a>
        </p>
      </Alert>
    </main>
  );
}
