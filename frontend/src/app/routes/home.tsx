import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { MyActions } from '@/features/actions';
import { AssessmentList } from '@/features/assessments/components/assessment-list';
import { formatDate } from '@/features/assessments/format';
import { NewAssessmentForm } from '@/features/manage/components/new-assessment-form';
import { useMe } from '@/features/me/api/get-me';
import { Welcome } from '@/features/me/components/welcome';
import { useClientEngagements } from '@/features/portfolio/api/get-client-engagements';
import { isConsultant } from './consulting-access';

/**
 * The home of each role: a platform administrator (no tenant, so no assessments) is led to the tenants;
 * a consultancy sees the access offers waiting for it; everyone in a company sees their assessments,
 * respondents with their own progress.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const roles = me.data?.roles ?? [];
  const isTenantAdmin = roles.includes('tenant-admin');
  const platformOnly = !!me.data && !me.data.tenant && roles.includes('platform-admin');
  const consultancy = isConsultant(me.data);
  return (
    <>
      <title>{`${t('app.home.title')} · ${t('app.brand.name')}`}</title>
      <h1>{t('app.home.heading')}</h1>
      <Welcome />
      {platformOnly ? <PlatformHome /> : null}
      {consultancy ? <AccessOffers /> : null}
      {me.data?.tenant && !consultancy ? <MyActions /> : null}
      {me.data && !platformOnly && isTenantAdmin ? <NewAssessmentForm /> : null}
      {me.data && !platformOnly && !(consultancy && !isTenantAdmin) ? <AssessmentList /> : null}
    </>
  );
}

function PlatformHome() {
  const { t } = useTranslation();
  return (
    <section className="home__section" aria-labelledby="platform-home-heading">
      <h2 id="platform-home-heading">{t('tenants.nav.tenants')}</h2>
      <p>{t('app.home.platformLead')}</p>
      <p>
        <Link to="/platform/tenants">{t('app.home.platformLink')}</Link>
      </p>
    </section>
  );
}

/** The companies' pending offers to this consultancy, with the way to accept them (the Portfolio page). */
function AccessOffers() {
  const { t, i18n } = useTranslation();
  const engagements = useClientEngagements();
  const pending = (engagements.data ?? []).filter((engagement) => engagement.status === 'PENDING');
  return (
    <section className="home__section" aria-labelledby="offers-heading">
      <h2 id="offers-heading">{t('app.home.offersHeading')}</h2>
      {engagements.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {engagements.isError ? <ProblemAlert title={t('app.home.offersFailed')} error={engagements.error} /> : null}
      {engagements.isSuccess && pending.length === 0 ? <p>{t('app.home.noOffers')}</p> : null}
      {pending.length > 0 ? (
        <>
          <p>{t('app.home.offersLead')}</p>
          <ul>
            {pending.map((offer) => (
              <li key={offer.id}>
                {t('app.home.offer', { company: offer.company.name, date: formatDate(offer.grantedAt, i18n.language) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/portfolio">{t('app.home.offersLink')}</Link>
      </p>
    </section>
  );
}
