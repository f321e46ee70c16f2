import { useTranslation } from 'react-i18next';
import type { Progress } from '@/features/actions/api/actions';
import { percent } from './format';

/** Progress of the plan: done of all, then one bar per dimension. */
export function ProgressBars({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return (
    <section className="action-progress" aria-labelledby="action-progress-heading">
      <h2 id="action-progress-heading">{t('actions.progress.heading')}</h2>
      <p>
        {t('actions.progress.total', {
          done: progress.done,
          total: progress.total,
          percent: percent(progress.done, progress.total),
        })}
        {progress.overdue > 0 ? ` · ${t('actions.progress.overdue', { count: progress.overdue })}` : ''}
      </p>
      <ul className="plain-list action-progress__list">
        {progress.byDimension.map((d) => (
          <li key={d.dimension}>
            <p className="action-progress__label">
              <span>{d.dimensionName}</span>
              <span>{t('actions.progress.dimension', { done: d.done, total: d.total })}</span>
            </p>
            <div
              className="progress__track"
              role="progressbar"
              aria-label={d.dimensionName}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent(d.done, d.total)}
            >
              <div className="progress__bar" style={{ width: `${percent(d.done, d.total)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
