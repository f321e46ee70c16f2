import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import {
  ActionBasicsFields,
  ActionCard,
  EFFORTS,
  effortKey,
  ProgressBars,
  type DimensionOption,
} from '@/features/actions';
import {
  useClientPlan,
  useClientProposals,
  usePropose,
  useWithdraw,
  type ClientPlan,
} from '@/features/clientplans/api/client-plans';
import { violationFor } from '@/lib/form';
import { ProposalCard } from './proposal-list';
import './client-plans.css';

/**
 * A client's action plan as its consultancy sees it: progress, the actions (overdue ones first), the consultancy's
 * proposals with the client's decisions and, when the client allows it, a form to propose an action.
 */
export function ClientPlanPage({ clientId, dimensions }: { clientId: string; dimensions: readonly DimensionOption[] }) {
  const { t } = useTranslation();
  const plan = useClientPlan(clientId);
  if (plan.isPending) return <StatusMessage>{t('consulting.common.loading')}</StatusMessage>;
  if (plan.isError) {
    return (
      <>
        <h1>{t('clientplans.page.title')}</h1>
        <ProblemAlert title={t('clientplans.page.loadFailed')} error={plan.error} />
      </>
    );
  }
  const data = plan.data;
  const items = [...data.plan.items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );
  return (
    <>
      <h1>{t('clientplans.page.heading', { name: data.company.name })}</h1>
      <p>{t('clientplans.page.intro')}</p>
      {data.plan.progress.total + data.plan.progress.dropped === 0 ? (
        <p>{t('clientplans.page.empty')}</p>
      ) : (
        <>
          <ProgressBars progress={data.plan.progress} />
          <section aria-labelledby="client-actions-heading" className="page-section">
            <h2 id="client-actions-heading">{t('clientplans.page.actionsHeading', { count: items.length })}</h2>
            <ul className="action-list">
              {items.map((a) => (
                <ActionCard key={a.id} action={a} />
              ))}
            </ul>
          </section>
        </>
      )}
      <Proposals clientId={clientId} data={data} dimensions={dimensions} />
    </>
  );
}

function Proposals({
  clientId,
  data,
  dimensions,
}: {
  clientId: string;
  data: ClientPlan;
  dimensions: readonly DimensionOption[];
}) {
  const { t } = useTranslation();
  const proposals = useClientProposals(clientId);
  const withdraw = useWithdraw(clientId);
  return (
    <section aria-labelledby="proposals-heading" className="page-section">
      <h2 id="proposals-heading">{t('clientplans.proposals.heading')}</h2>
      {data.contribute ? (
        <ProposalForm clientId={clientId} data={data} dimensions={dimensions} />
      ) : (
        <p>{t('clientplans.proposals.notAllowed', { name: data.company.name })}</p>
      )}
      {proposals.isError ? (
        <ProblemAlert title={t('clientplans.proposals.loadFailed')} error={proposals.error} />
      ) : null}
      {withdraw.isError ? (
        <ProblemAlert title={t('clientplans.proposals.withdrawFailed')} error={withdraw.error} />
      ) : null}
      {proposals.data && proposals.data.length > 0 ? (
        <>
          <h3>{t('clientplans.proposals.sentHeading')}</h3>
          <ul className="plain-list">
            {proposals.data.map((p) => (
              <ProposalCard key={p.id} proposal={p} from={p.consultancy.name}>
                {p.status === 'PENDING' ? (
                  <Button
                    variant="secondary"
                    disabled={withdraw.isPending}
                    onClick={() => withdraw.mutate(p.id)}
                    aria-label={t('clientplans.proposals.withdrawNamed', { title: p.title })}
                  >
                    {t('clientplans.proposals.withdraw')}
                  </Button>
                ) : null}
              </ProposalCard>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function ProposalForm({
  clientId,
  data,
  dimensions,
}: {
  clientId: string;
  data: ClientPlan;
  dimensions: readonly DimensionOption[];
}) {
  const { t } = useTranslation();
  const propose = usePropose(clientId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dimension, setDimension] = useState(dimensions[0]?.key ?? '');
  const [assessment, setAssessment] = useState('');
  const [effort, setEffort] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const error = propose.error;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    propose.mutate(
      {
        title,
        description: description || null,
        dimension: dimension || (dimensions[0]?.key ?? ''),
        assessmentId: assessment ? Number(assessment) : null,
        effort: (effort || null) as (typeof EFFORTS)[number] | null,
        dueDate: dueDate || null,
      },
      {
        onSuccess: (p) => {
          setSent(t('clientplans.form.sent', { title: p.title, name: data.company.name }));
          setTitle('');
          setDescription('');
          setDueDate('');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="action-form">
      <p>{t('clientplans.form.intro', { name: data.company.name })}</p>
      {error ? (
        <ProblemAlert
          title={t('clientplans.form.failed')}
          error={error}
          shownFields={['title', 'dimension', 'assessmentId', 'dueDate']}
        />
      ) : null}
      <ActionBasicsFields
        value={{ title, description, dimension }}
        onChange={(next) => {
          setTitle(next.title);
          setDescription(next.description);
          setDimension(next.dimension);
        }}
        dimensions={dimensions}
        error={error}
      />
      {data.assessments.length > 0 ? (
        <SelectField
          label={t('clientplans.form.assessment')}
          value={assessment}
          onChange={(e) => setAssessment(e.target.value)}
          error={violationFor(error, 'assessmentId')}
        >
          <option value="">{t('actions.field.none')}</option>
          {data.assessments.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t('actions.field.effort')} value={effort} onChange={(e) => setEffort(e.target.value)}>
        <option value="">{t('actions.field.none')}</option>
        {EFFORTS.map((e) => (
          <option key={e} value={e}>
            {t(effortKey(e))}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('clientplans.form.dueDate')}
        type="date"
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={violationFor(error, 'dueDate')}
      />
      <Button type="submit" disabled={propose.isPending}>
        {propose.isPending ? t('clientplans.form.sending') : t('clientplans.form.send')}
      </Button>
      {sent ? <p role="status">{sent}</p> : null}
    </form>
  );
}
