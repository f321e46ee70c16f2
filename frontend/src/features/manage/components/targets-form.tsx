import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { isProblemError } from '@/lib/api-client';
import type { AssessmentDetail } from '@/features/manage/api/get-assessment';
import type { Framework } from '@/features/frameworks';
import { useSaveTargets } from '@/features/manage/api/save-targets';
import { describedBy } from '@/features/manage/format';

const LEVELS = [1, 2, 3, 4, 5];

/** One target level (1–5) per dimension of the framework; read-only once the assessment is closed. */
export function TargetsForm({ detail, framework }: { detail: AssessmentDetail; framework: Framework }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveTargets(String(detail.id));
  // Only the levels changed here; the rest comes from the saved targets.
  const [edits, setEdits] = useState<Record<string, number>>({});
  const closed = detail.status === 'CLOSED';
  const levelName = new Map(framework.levels.map((level) => [level.level, level.name]));

  const valueOf = (key: string): number | undefined => edits[key] ?? detail.targets[key];
  const errorOf = (key: string) => (isProblemError(save.error) ? save.error.violationFor(`targets.${key}`) : undefined);
  const fieldErrors = framework.dimensions.some((dimension) => errorOf(dimension.key));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const targets: Record<string, number> = {};
    for (const dimension of framework.dimensions) {
      const value = valueOf(dimension.key);
      if (value !== undefined) targets[dimension.key] = value;
    }
    save.mutate({ targets }, { onSuccess: () => setEdits({}) });
  };

  return (
    <section className="manage__section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manage.targets.heading')}</h2>
      <p>{t('manage.targets.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="manage__targets">
          {framework.dimensions.map((dimension) => {
            const error = errorOf(dimension.key);
            const value = valueOf(dimension.key);
            return (
              <div className="field" key={dimension.key}>
                <label htmlFor={`${id}-${dimension.key}`}>{dimension.name}</label>
                <select
                  id={`${id}-${dimension.key}`}
                  value={value === undefined ? '' : String(value)}
                  disabled={closed}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${id}-${dimension.key}-error`)}
                  onChange={(event) =>
                    setEdits((current) => ({ ...current, [dimension.key]: Number(event.target.value) }))
                  }
                >
                  {value === undefined ? <option value="">{t('manage.targets.notSet')}</option> : null}
                  {LEVELS.map((level) => (
                    <option key={level} value={String(level)}>
                      {t('manage.targets.levelOption', { level, name: levelName.get(level) ?? String(level) })}
                    </option>
                  ))}
                </select>
                {error ? (
                  <p id={`${id}-${dimension.key}-error`} className="field-error">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        {save.isError && !fieldErrors ? (
          <ProblemAlert title={t('manage.targets.saveFailed')} error={save.error} />
        ) : null}
        {save.isSuccess && Object.keys(edits).length === 0 ? (
          <p role="status" className="status-message">
            {t('manage.targets.saved')}
          </p>
        ) : null}
        <div className="button-row">
          <Button type="submit" disabled={closed || save.isPending}>
            {t('manage.targets.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
