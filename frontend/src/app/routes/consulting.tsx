import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useActionsDone } from '@/features/actions';
import { ConsultantsPage } from '@/features/engagements/components/consultants-page';
import { HistoryPage } from '@/features/history/components/history-page';
import { useMe, type Me } from '@/features/me/api/get-me';
import { ComparePage } from '@/features/portfolio/components/compare-page';
import { PortfolioPage } from '@/features/portfolio/components/portfolio-page';
import { NotFoundContent } from '@/components/not-found';
import { isNotFoundProblem } from '@/lib/api-client';
import { useTrend } from '@/features/portfolio/api/get-trend';
import { TrendPage } from '@/features/portfolio/components/trend-page';
import { ClientPlanPage } from '@/features/clientplans';
import { isCompanyAdmin, isConsultant } from './consulting-access';
import { useDefaultDimensions } from './default-dimensions';

function Guard({
  allowed,
  title,
  refusal,
  children,
}: {
  allowed: (me: Me | undefined) => boolean;
  title: string;
  refusal: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <title>{`${title} · ${t('app.brand.name')}`}</title>
      {me.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {me.isError ? <ProblemAlert title={t('me.error.loadFailed')} error={me.error} /> : null}
      {me.data && !allowed(me.data) ? (
        <>
          <h1>{title}</h1>
          <p>{refusal}</p>
          <p>
            <Link to="/">{t('app.notFound.homeLink')}</Link>
          </p>
        </>
      ) : null}
      {me.data && allowed(me.data) ? children : null}
    </>
  );
}

/** /consultants — a company's tenant admin grants and revokes consultancies' access. */
export function ConsultantsRoute() {
  const { t } = useTranslation();
  return (
    <Guard
      allowed={isCompanyAdmin}
      refusal={t('consulting.common.companyOnly')}
      title={t('consulting.engagements.title')}
    >
      <ConsultantsPage />
    </Guard>
  );
}

/** /history — a company's closed assessments over time. */
export function HistoryRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const done = useActionsDone(isCompanyAdmin(me.data));
  return (
    <Guard allowed={isCompanyAdmin} refusal={t('consulting.common.companyOnly')} title={t('consulting.history.title')}>
      <HistoryPage actionsDone={done.data} />
    </Guard>
  );
}

/** /portfolio — a consultant's clients. */
export function PortfolioRoute() {
  const { t } = useTranslation();
  return (
    <Guard
      allowed={isConsultant}
      refusal={t('consulting.common.consultancyOnly')}
      title={t('consulting.portfolio.title')}
    >
      <PortfolioPage />
    </Guard>
  );
}

/** /portfolio/compare?clients=1,2,… — up to ten clients side by side. */
export function CompareRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const ids = (params.get('clients') ?? '')
    .split(',')
    .map((s) => Number.parseInt(s, 10))
    .filter((n) => Number.isInteger(n) && n > 0);
  return (
    <Guard
      allowed={isConsultant}
      refusal={t('consulting.common.consultancyOnly')}
      title={t('consulting.compare.title')}
    >
      <p className="breadcrumb">
        <Link to="/portfolio">{t('consulting.common.back')}</Link>
      </p>
      <ComparePage clientIds={ids} />
    </Guard>
  );
}

/** /portfolio/clients/:id — one client's trend. */
export function TrendRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Guard allowed={isConsultant} refusal={t('consulting.common.consultancyOnly')} title={t('consulting.trend.title')}>
      <p className="breadcrumb">
        <Link to="/portfolio">{t('consulting.common.back')}</Link>
      </p>
      <TrendOrNotFound clientId={id} />
    </Guard>
  );
}

/** A client id that names no client of the consultancy is "page not found". */
function TrendOrNotFound({ clientId }: { clientId: string }) {
  const trend = useTrend(clientId); // the page's own query: one request
  if (isNotFoundProblem(trend.error)) return <NotFoundContent />;
  return <TrendPage clientId={clientId} />;
}

/** /portfolio/clients/:id/plan — a client's action plan, and the consultancy's proposals. */
export function ClientPlanRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const dimensions = useDefaultDimensions();
  return (
    <Guard allowed={isConsultant} refusal={t('consulting.common.consultancyOnly')} title={t('clientplans.page.title')}>
      <p className="breadcrumb">
        <Link to="/portfolio">{t('consulting.common.back')}</Link>
      </p>
      <ClientPlanPage clientId={id} dimensions={dimensions} />
    </Guard>
  );
}
