import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate, formatScore, useDimensionNames } from '@/features/history';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import '@/components/ui/data-table.css';
import './portfolio.css';
import { currentLanguage } from '@/lib/i18n';
import { useAnswerEngagement } from '@/features/portfolio/api/answer-engagement';
import { MAX_COMPARED } from '@/features/portfolio/api/get-comparison';
import { useClientEngagements } from '@/features/portfolio/api/get-client-engagements';
import { usePortfolio, type Client, type SortOrder } from '@/features/portfolio/api/get-portfolio';
import { TableScroll } from '@/components/ui/table-scroll';

/** A consultant's clients: offers to accept, and the sortable table of clients with their latest closed result. */
export function PortfolioPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('consulting.portfolio.title')}</h1>
      <PendingOffers />
      <ClientsTable />
    </>
  );
}

function PendingOffers() {
  const { t } = useTranslation();
  const engagements = useClientEngagements();
  const answer = useAnswerEngagement();
  const pending = engagements.data?.filter((e) => e.status === 'PENDING') ?? [];
  if (engagements.isError)
    return <ProblemAlert title={t('consulting.portfolio.loadFailed')} error={engagements.error} />;
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="offers-heading" className="page-section">
      <h2 id="offers-heading">{t('consulting.portfolio.pendingHeading')}</h2>
      <p>{t('consulting.portfolio.pendingIntro')}</p>
      <ul>
        {pending.map((e) => (
          <li key={e.id}>
            <strong>{e.company.name}</strong> (
            {e.allAssessments
              ? t('consulting.engagements.allAssessments')
              : e.assessments.map((a) => a.title).join(', ')}
            ){' '}
            <Button
              onClick={() => answer.mutate({ id: e.id, answer: 'accept' })}
              disabled={answer.isPending}
              aria-label={t('consulting.portfolio.accept', { name: e.company.name })}
            >
              {t('consulting.portfolio.acceptShort')}
            </Button>{' '}
            <Button
              variant="secondary"
              onClick={() => answer.mutate({ id: e.id, answer: 'decline' })}
              disabled={answer.isPending}
              aria-label={t('consulting.portfolio.decline', { name: e.company.name })}
            >
              {t('consulting.portfolio.declineShort')}
            </Button>
          </li>
        ))}
      </ul>
      {answer.isError ? <ProblemAlert title={t('consulting.portfolio.answerFailed')} error={answer.error} /> : null}
    </section>
  );
}

function ClientsTable() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const [sort, setSort] = useState('name');
  const [order, setOrder] = useState<SortOrder>('asc');
  const [selected, setSelected] = useState<number[]>([]);
  const portfolio = usePortfolio(sort, order);
  const clients = portfolio.data?.clients ?? [];
  const withResult = clients.map((c) => c.latest).filter((l) => l !== null);
  const dimensionName = useDimensionNames(withResult, language);
  const keys = withResult[0]?.dimensions.map((d) => d.key) ?? [];

  const sortBy = (column: string) => {
    if (column === sort) {
      setOrder(order === 'asc' ? 'desc' : 'asc');
    } else {
      setSort(column);
      setOrder(column === 'name' ? 'asc' : 'desc');
    }
  };
  const header = (column: string, label: string) => (
    <th
      key={column}
      scope="col"
      aria-sort={sort === column ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(column)}>
        {label}
        <span className="visually-hidden">
          {' '}
          {sort === column
            ? t(order === 'asc' ? 'consulting.portfolio.sortedAscending' : 'consulting.portfolio.sortedDescending')
            : t('consulting.portfolio.sortBy', { column: label })}
        </span>
      </button>
    </th>
  );
  const score = (c: Client, key: string) => c.latest?.dimensions.find((d) => d.key === key)?.score ?? null;
  const tooMany = selected.length > MAX_COMPARED;

  return (
    <section aria-labelledby="clients-heading" className="page-section">
      <h2 id="clients-heading">{t('consulting.portfolio.clientsHeading')}</h2>
      <p>{t('consulting.portfolio.clientsIntro', { max: MAX_COMPARED })}</p>
      {portfolio.isPending ? (
        <StatusMessage>{t('consulting.common.loading')}</StatusMessage>
      ) : portfolio.isError ? (
        <ProblemAlert title={t('consulting.portfolio.loadFailed')} error={portfolio.error} />
      ) : clients.length === 0 ? (
        <p>{t('consulting.portfolio.empty')}</p>
      ) : (
        <>
          <TableScroll label={t('consulting.portfolio.tableCaption')}>
            <table className="data-table">
              <caption>{t('consulting.portfolio.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('consulting.portfolio.compare', { n: selected.length })}</span>
                  </th>
                  {header('name', t('consulting.portfolio.client'))}
                  {header('closedAt', t('consulting.common.closedAt'))}
                  {header('overall', t('consulting.common.overall'))}
                  {keys.map((key) => header(key, dimensionName(key)))}
                  <th scope="col">{t('consulting.portfolio.plan')}</th>
                </tr>
              </thead>
              <tbody>
                {clients.map((c) => (
                  <tr key={c.clientId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('consulting.portfolio.select', { name: c.company.name })}
                        checked={selected.includes(c.clientId)}
                        onChange={(e) =>
                          setSelected(
                            e.target.checked ? [...selected, c.clientId] : selected.filter((x) => x !== c.clientId),
                          )
                        }
                      />
                    </td>
                    <th scope="row">
                      <Link
                        to={`/portfolio/clients/${c.clientId}`}
                        aria-label={t('consulting.portfolio.trend', { name: c.company.name })}
                      >
                        {c.company.name}
                      </Link>
                    </th>
                    {c.latest ? (
                      <>
                        <td>{formatDate(c.latest.closedAt, language)}</td>
                        <td>{formatScore(c.latest.overallScore, language)}</td>
                        {keys.map((key) => (
                          <td key={key}>{formatScore(score(c, key), language)}</td>
                        ))}
                      </>
                    ) : (
                      <td colSpan={2 + keys.length}>{t('consulting.portfolio.noResult')}</td>
                    )}
                    <td>
                      <PlanCell client={c} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {tooMany ? (
            <p role="alert" className="field-error">
              {t('consulting.portfolio.tooMany', { max: MAX_COMPARED })}
            </p>
          ) : null}
          <Button
            disabled={selected.length === 0 || tooMany}
            onClick={() => navigate(`/portfolio/compare?clients=${selected.join(',')}`)}
          >
            {t('consulting.portfolio.compare', { n: selected.length })}
          </Button>
        </>
      )}
    </section>
  );
}

/** A client's plan in one cell: done of all, overdue standing out, and the way to the plan. */
export function PlanCell({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { plan } = client;
  return (
    <span className="plan-cell">
      <Link to={`/portfolio/clients/${client.clientId}/plan`}>
        <span className="visually-hidden">{`${t('consulting.portfolio.planOf', { name: client.company.name })}:`}</span>{' '}
        {plan.total === 0
          ? t('consulting.portfolio.planEmpty')
          : t('consulting.portfolio.planDone', { done: plan.done, total: plan.total })}
      </Link>
      {plan.overdue > 0 ? (
        <>
          {' '}
          <span className="badge badge--off">{t('consulting.portfolio.planOverdue', { count: plan.overdue })}</span>
        </>
      ) : null}
    </span>
  );
}
