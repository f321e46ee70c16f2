import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '@/components/not-found';
import { isNotFoundProblem } from '@/lib/api-client';
import { useQuestionnaire } from '@/features/assessments/api/get-questionnaire';
import { QuestionnaireWizard } from '@/features/assessments/components/questionnaire-wizard';

/** /assessments/:id/questionnaire — loaded lazily (see router.tsx), it is most of the app's code. */
export default function QuestionnaireRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const questionnaire = useQuestionnaire(id, i18n.resolvedLanguage ?? 'en'); // the wizard's own query: one request
  if (isNotFoundProblem(questionnaire.error)) return <NotFoundContent />;
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
