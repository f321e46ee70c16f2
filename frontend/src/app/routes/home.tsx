import { useTranslation } from 'react-i18next';
import { AssessmentList } from '@/features/assessments/components/assessment-list';
import { Welcome } from '@/features/me/components/welcome';

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('app.home.title')} · ${t('app.brand.name')}`}</title>
      <h1>{t('app.home.heading')}</h1>
      <Welcome />
      <AssessmentList />
    </>
  );
}
