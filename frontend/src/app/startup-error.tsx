import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** /app-config.json could not be loaded: nothing else can work. */
export function StartupError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="centered">
      <Alert title={t('app.startup.title')}>
        <p>{t('app.startup.detail')}</p>
      </Alert>
      <Button onClick={() => window.location.reload()}>{t('app.startup.reload')}</Button>
    </main>
  );
}
