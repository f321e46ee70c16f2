import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@/features/actions/api/actions';
import { statusKey } from '@/features/actions/api/actions';
import { ActionWarnings } from './action-warnings';
import { formatDay } from './format';
import './actions.css';

/**
 * One action: title, status, overdue mark, dimension, owners, due date, its warnings (e.g. a due date before its
 * creation); `children` are its controls (and its history, see ActionHistory).
 */
export function ActionCard({ action, children }: { action: Action; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={action.overdue ? 'action-card action-card--overdue' : 'action-card'}>
      <p className="action-card__title">{action.title}</p>
      <p className="action-card__badges">
        <span className={action.status === 'DONE' ? 'badge badge--ok' : 'badge'}>{t(statusKey(action.status))}</span>
        {action.overdue ? <span className="badge badge--off">{t('actions.card.overdue')}</span> : null}
        {action.effort ? <span className="badge">{t('actions.card.effort', { effort: action.effort })}</span> : null}
      </p>
      <p className="note">
        {action.dimensionName}
        {' · '}
        {action.dueDate
          ? t('actions.card.due', { date: formatDay(action.dueDate, i18n.language) })
          : t('actions.card.noDue')}
      </p>
      <p className="note">
        {action.owners.length
          ? t('actions.card.owners', { owners: action.owners.map((o) => o.displayName).join(', ') })
          : t('actions.card.noOwner')}
      </p>
      <ActionWarnings warnings={action.warnings} />
      {children}
    </li>
  );
}
