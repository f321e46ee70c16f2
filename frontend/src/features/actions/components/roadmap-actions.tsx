import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCreateFromRoadmap } from '@/features/actions/api/actions';
import './actions.css';

/** A roadmap step of the results page, with the recommendation key the actions API takes. */
export type RoadmapStep = { rank: number; key: string; title: string; dimensionName: string };

/**
 * "Create actions from roadmap" on the results page (tenant admins): one click per roadmap item, or several
 * selected at once.
 */
export function RoadmapActions({ assessmentId, steps }: { assessmentId: number; steps: readonly RoadmapStep[] }) {
  const { t } = useTranslation();
  const create = useCreateFromRoadmap();
  const [selected, setSelected] = useState<string[]>([]);
  const [created, setCreated] = useState<string[]>([]);
  if (steps.length === 0) return null;

  function run(keys: string[]) {
    create.mutate(
      { assessmentId, recommendationKeys: keys },
      {
        onSuccess: () => {
          setCreated((c) => [...c, ...keys]);
          setSelected([]);
        },
      },
    );
  }

  return (
    <section className="results-section roadmap-actions" aria-labelledby="roadmap-actions-heading">
      <h2 id="roadmap-actions-heading">{t('actions.roadmap.heading')}</h2>
      <p>{t('actions.roadmap.lead')}</p>
      <ProblemAlert title={t('actions.roadmap.failed')} error={create.error} />
      <ul className="plain-list roadmap-actions__list">
        {steps.map((s) => (
          <li key={s.key} className="roadmap-actions__item">
            <label className="check">
              <input
                type="checkbox"
                checked={selected.includes(s.key)}
                disabled={created.includes(s.key)}
                onChange={() => setSelected((c) => (c.includes(s.key) ? c.filter((k) => k !== s.key) : [...c, s.key]))}
              />{' '}
              {s.title} <span className="note">({s.dimensionName})</span>
            </label>
            {created.includes(s.key) ? (
              <span className="badge badge--ok">{t('actions.roadmap.created')}</span>
            ) : (
              <Button
                variant="secondary"
                disabled={create.isPending}
                onClick={() => run([s.key])}
                aria-label={t('actions.roadmap.createOneFor', { title: s.title })}
              >
                {t('actions.roadmap.createOne')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className="button-row">
        <Button disabled={selected.length === 0 || create.isPending} onClick={() => run(selected)}>
          {t('actions.roadmap.createSelected', { count: selected.length })}
        </Button>
        {created.length > 0 ? <Link to="/actions">{t('actions.roadmap.openPlan')}</Link> : null}
      </div>
    </section>
  );
}
