import { useTranslation } from 'react-i18next';
import { AssessmentList } from '@/features/assessments/components/assessment-list';
import { NewAssessmentForm } from '@/features/manage/components/new-assessment-form';
import { useMe } from '@/features/me/api/get-me';
import { Welcome } from '@/features/me/components/welcome';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const isTenantAdmin = me.data?.roles.includes('tenant-admin') ?? false;
  return (
    <>
      <title>{`${t('app.home.title')} · ${t('app.brand.name')}`}</title>
      <h1>{t('app.home.heading')}</h1>
      <Welcome />
      {isTenantAdmin ? <NewAssessmentForm /> : null}
      <AssessmentList />
    </>
  );
}
