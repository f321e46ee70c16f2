import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QuestionnaireWizard } from '@/features/assessments/components/questionnaire-wizard';

/** /assessments/:id/questionnaire — loaded lazily (see router.tsx), it is most of the app's code. */
export default function QuestionnaireRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <>
      <title>{`${t('assessments.wizard.title')} · ${t('app.brand.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">{t('assessments.wizard.backHome')}</Link>
      </p>
      <QuestionnaireWizard assessmentId={id} />
    </>
  );
}
