import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { statusKey, useActionLoop, useAddUpdate, type DimensionLoop } from '@/features/actions/api/actions';
import { currentLanguage } from '@/lib/i18n';
import './actions.css';

const signed = (value: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);

const date = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

/** "3 actions done, +12 points" — or what there is of it. */
function summary(d: DimensionLoop, t: TFunction, language: string) {
  const done = t(d.actionsDone === 1 ? 'actions.loop.doneOne' : 'actions.loop.doneMany', { count: d.actionsDone });
  if (d.change === null || d.change === undefined) return done;
  return t('actions.loop.doneAndChange', { done, change: signed(d.change, language) });
}

/**
 * On a closed result (tenant admins): each dimension's score change since the previous closed assessment beside the
 * actions of the plan done in between, and the open actions of dimensions that met their target, to close.
 */
export function ActionLoopSection({ assessmentId }: { assessmentId: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const loop = useActionLoop(assessmentId);
  const close = useAddUpdate();
  if (loop.isPending) return null;
  if (loop.isError) return <ProblemAlert title={t('actions.loop.failed')} error={loop.error} />;
  const data = loop.data;
  const suggestions = data.dimensions.flatMap((d) =>
    d.suggestedForClosing.map((s) => ({ ...s, dimensionName: d.dimensionName })),
  );
  return (
    <section className="results-section action-loop" aria-labelledby="action-loop-heading">
      <h2 id="action-loop-heading">{t('actions.loop.heading')}</h2>
      <p>
        {data.previousClosedAt
          ? t('actions.loop.lead', { date: date(data.previousClosedAt, language), count: data.actionsDone })
          : t('actions.loop.leadFirst', { count: data.actionsDone })}
      </p>
      <table className="action-loop__table">
        <thead>
          <tr>
            <th scope="col">{t('actions.loop.dimension')}</th>
            <th scope="col">{t('actions.loop.summary')}</th>
            <th scope="col">{t('actions.loop.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {data.dimensions.map((d) => (
            <tr key={d.dimension}>
              <th scope="row">
                {d.dimensionName}
                {d.targetMet ? <span className="badge badge--ok">{t('actions.loop.targetMet')}</span> : null}
              </th>
              <td>{summary(d, t, language)}</td>
              <td>
                {d.done.length === 0 ? (
                  <span className="note">—</span>
                ) : (
                  <ul className="plain-list">
                    {d.done.map((a) => (
                      <li key={a.id}>{a.title}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {suggestions.length > 0 ? (
        <>
          <h3>{t('actions.loop.suggestionsHeading')}</h3>
          <p className="note">{t('actions.loop.suggestionsLead')}</p>
          <ProblemAlert title={t('actions.loop.closeFailed')} error={close.error} />
          <ul className="plain-list action-loop__suggestions">
            {suggestions.map((s) => (
              <li key={s.id}>
                <span>
                  {s.title}{' '}
                  <span className="note">
                    ({s.dimensionName} · {t(statusKey(s.status))})
                  </span>
                </span>
                <Button
                  variant="secondary"
                  disabled={close.isPending}
                  onClick={() =>
                    close.mutate({ id: s.id, body: { status: 'DONE', note: t('actions.loop.closeNote') } })
                  }
                  aria-label={t('actions.loop.markDoneFor', { title: s.title })}
                >
                  {t('actions.loop.markDone')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/actions">{t('actions.loop.openPlan')}</Link>
      </p>
    </section>
  );
}
