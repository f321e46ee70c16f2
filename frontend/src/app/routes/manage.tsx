import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { NotFoundContent } from '@/components/not-found';
import { isNotFoundProblem } from '@/lib/api-client';
import { useAssessment } from '@/features/manage/api/get-assessment';
import { ExternalRespondentsSection } from '@/features/links';
import { ManagePage } from '@/features/manage/components/manage-page';
import { useMe } from '@/features/me/api/get-me';

/** /assessments/:id/manage — tenant administrators only; loaded lazily (see router.tsx). */
export default function ManageRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  return (
    <>
      <title>{`${t('manage.page.title')} · ${t('app.brand.name')}`}</title>
      <p className="breadcrumb">
        <Link to="/">{t('manage.page.backHome')}</Link>
      </p>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !me.data.roles.includes('tenant-admin') ? <Alert title={t('manage.page.forbidden')} /> : null}
      {me.data?.roles.includes('tenant-admin') ? <ManageOrNotFound assessmentId={id} /> : null}
    </>
  );
}

/** An id that names no assessment of the tenant (`/assessments/abc/manage`) is "page not found". */
function ManageOrNotFound({ assessmentId }: { assessmentId: string }) {
  const assessment = useAssessment(assessmentId); // the page's own query: one request
  if (isNotFoundProblem(assessment.error)) return <NotFoundContent />;
  return (
    <>
      <ManagePage assessmentId={assessmentId} />
      {assessment.data ? (
        <ExternalRespondentsSection assessmentId={assessmentId} status={assessment.data.status} />
      ) : null}
    </>
  );
}
