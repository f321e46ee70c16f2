import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import '@/components/ui/data-table.css';
import { currentLanguage } from '@/lib/i18n';
import { useGrantableAssessments } from '@/features/engagements/api/get-closed-assessments';
import { useConsultancies } from '@/features/engagements/api/get-consultancies';
import { useEngagements, type Engagement, type EngagementStatus } from '@/features/engagements/api/get-engagements';
import { useGrantAccess } from '@/features/engagements/api/grant-access';
import { useRevokeAccess } from '@/features/engagements/api/revoke-access';
import { TableScroll } from '@/components/ui/table-scroll';

const STATUS_KEYS = {
  PENDING: 'consulting.engagementStatus.pending',
  ACTIVE: 'consulting.engagementStatus.active',
  DECLINED: 'consulting.engagementStatus.declined',
  REVOKED: 'consulting.engagementStatus.revoked',
} as const satisfies Record<EngagementStatus, string>;

const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

/** A company's tenant admin gives consultancies access to its closed results, sees the grants and revokes them. */
export function ConsultantsPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('consulting.engagements.title')}</h1>
      <p>{t('consulting.engagements.intro')}</p>
      <GrantForm />
      <EngagementList />
    </>
  );
}

function GrantForm() {
  const { t } = useTranslation();
  const consultancies = useConsultancies();
  const assessments = useGrantableAssessments();
  const grant = useGrantAccess();
  const [consultancy, setConsultancy] = useState('');
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<number[]>([]);
  const [contribute, setContribute] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const selectId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!consultancy) {
      setError(t('consulting.engagements.chooseConsultancy'));
      return;
    }
    if (scope === 'chosen' && chosen.length === 0) {
      setError(t('consulting.engagements.chooseOne'));
      return;
    }
    setError(null);
    grant.mutate(
      { consultancy, assessmentIds: scope === 'all' ? null : chosen, contribute },
      {
        onSuccess: (engagement) => setDone(t('consulting.engagements.granted', { name: engagement.consultancy.name })),
      },
    );
  };

  return (
    <section aria-labelledby="grant-heading" className="page-section">
      <h2 id="grant-heading">{t('consulting.engagements.grantHeading')}</h2>
      {consultancies.isError ? (
        <ProblemAlert title={t('consulting.engagements.loadFailed')} error={consultancies.error} />
      ) : null}
      <form onSubmit={submit} noValidate>
        <p>
          <label htmlFor={selectId}>{t('consulting.engagements.consultancy')}</label>{' '}
          <select
            id={selectId}
            value={consultancy}
            onChange={(e) => setConsultancy(e.target.value)}
            aria-invalid={error !== null && !consultancy}
            aria-describedby={error ? errorId : undefined}
          >
            <option value="">{t('consulting.engagements.chooseConsultancy')}</option>
            {consultancies.data?.map((c) => (
              <option key={c.alias} value={c.alias}>
                {c.name}
              </option>
            ))}
          </select>
        </p>
        <fieldset className="segment-picker">
          <legend>{t('consulting.engagements.scopeLegend')}</legend>
          <label>
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />{' '}
            {t('consulting.engagements.scopeAll')}
          </label>
          <label>
            <input type="radio" name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />{' '}
            {t('consulting.engagements.scopeChosen')}
          </label>
        </fieldset>
        {scope === 'chosen' ? (
          <fieldset>
            <legend>{t('consulting.engagements.assessmentsLegend')}</legend>
            {assessments.data && assessments.data.length === 0 ? (
              <p>{t('consulting.engagements.noAssessments')}</p>
            ) : null}
            {assessments.data?.map((a) => {
              const id = Number(a.id);
              return (
                <p key={id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.includes(id)}
                      onChange={(e) => setChosen(e.target.checked ? [...chosen, id] : chosen.filter((x) => x !== id))}
                    />{' '}
                    {a.title}
                  </label>
                </p>
              );
            })}
          </fieldset>
        ) : null}
        <p>
          <label>
            <input type="checkbox" checked={contribute} onChange={(e) => setContribute(e.target.checked)} />{' '}
            {t('consulting.engagements.contribute')}
          </label>
          <br />
          <span className="note">{t('consulting.engagements.contributeHint')}</span>
        </p>
        {error ? (
          <p id={errorId} role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <Button type="submit" disabled={grant.isPending}>
          {grant.isPending ? t('consulting.engagements.granting') : t('consulting.engagements.grant')}
        </Button>
      </form>
      {grant.isError ? <ProblemAlert title={t('consulting.engagements.grantFailed')} error={grant.error} /> : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}

function EngagementList() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const engagements = useEngagements();
  const revoke = useRevokeAccess();
  const [done, setDone] = useState<string | null>(null);

  const onRevoke = (e: Engagement) =>
    revoke.mutate(e.id, {
      onSuccess: () => setDone(t('consulting.engagements.revoked', { name: e.consultancy.name })),
    });

  return (
    <section aria-labelledby="engagements-heading" className="page-section">
      <h2 id="engagements-heading">{t('consulting.engagements.listHeading')}</h2>
      {engagements.isPending ? (
        <StatusMessage>{t('consulting.common.loading')}</StatusMessage>
      ) : engagements.isError ? (
        <ProblemAlert title={t('consulting.engagements.loadFailed')} error={engagements.error} />
      ) : engagements.data.length === 0 ? (
        <p>{t('consulting.engagements.empty')}</p>
      ) : (
        <TableScroll label={t('consulting.engagements.tableCaption')}>
          <table className="data-table">
            <caption>{t('consulting.engagements.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consulting.engagements.consultancy')}</th>
                <th scope="col">{t('consulting.engagements.status')}</th>
                <th scope="col">{t('consulting.engagements.scope')}</th>
                <th scope="col">{t('consulting.engagements.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('consulting.engagements.revokeShort')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {engagements.data.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.consultancy.name}</th>
                  <td>{t(STATUS_KEYS[e.status])}</td>
                  <td>
                    {e.allAssessments
                      ? t('consulting.engagements.allAssessments')
                      : e.assessments.map((a) => a.title).join(', ')}
                    {e.contribute ? (
                      <>
                        <br />
                        <span className="note">{t('consulting.engagements.contributes')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{formatDate(e.acceptedAt ?? e.grantedAt, language)}</td>
                  <td>
                    {e.status === 'PENDING' || e.status === 'ACTIVE' ? (
                      <Button
                        variant="secondary"
                        onClick={() => onRevoke(e)}
                        disabled={revoke.isPending}
                        aria-label={t('consulting.engagements.revoke', { name: e.consultancy.name })}
                      >
                        {t('consulting.engagements.revokeShort')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {revoke.isError ? <ProblemAlert title={t('consulting.engagements.revokeFailed')} error={revoke.error} /> : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}
