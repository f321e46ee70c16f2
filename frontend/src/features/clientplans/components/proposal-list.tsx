import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@/features/actions';
import { PROPOSAL_STATUS_KEYS, type Proposal } from '@/features/clientplans/api/client-plans';
import './client-plans.css';

const badgeClass = (p: Proposal) =>
  p.status === 'ACCEPTED' ? 'badge badge--ok' : p.status === 'REJECTED' ? 'badge badge--off' : 'badge';

/**
 * One proposal: title, status, dimension, who proposed it and when, effort, due date, description and the client's
 * decision; `from` names the side the reader does not belong to; `children` are its controls.
 */
export function ProposalCard({
  proposal: p,
  from,
  children,
}: {
  proposal: Proposal;
  from: string;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const day = (instant: string) => formatDay(instant.slice(0, 10), i18n.language);
  return (
    <li className="proposal-card">
      <p className="proposal-card__title">{p.title}</p>
      <p className="action-card__badges">
        <span className={badgeClass(p)}>{t(PROPOSAL_STATUS_KEYS[p.status])}</span>
        {p.effort ? <span className="badge">{t('actions.card.effort', { effort: p.effort })}</span> : null}
      </p>
      <p className="note">
        {p.dimensionName}
        {' · '}
        {t('clientplans.card.proposed', {
          who: p.proposedByName ? `${p.proposedByName} (${from})` : from,
          date: day(p.createdAt),
        })}
        {p.dueDate ? ` · ${t('actions.card.due', { date: formatDay(p.dueDate, i18n.language) })}` : ''}
      </p>
      {p.description ? <p className="proposal-card__text">{p.description}</p> : null}
      {p.decidedAt && p.status !== 'WITHDRAWN' ? (
        <p className="note">
          {t(p.status === 'ACCEPTED' ? 'clientplans.card.acceptedBy' : 'clientplans.card.rejectedBy', {
            who: p.decidedByName ?? p.company.name,
            date: day(p.decidedAt),
          })}
          {p.decisionNote ? ` — “${p.decisionNote}”` : ''}
        </p>
      ) : null}
      {children}
    </li>
  );
}
