import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { needsAlert, violationFor } from '@/lib/form';
import { useRetention, useSaveRetention, type RetentionView } from '@/features/retention/api/retention';
import './retention.css';

const fields = ['years'];

/**
 * The tenant's data retention for its tenant admins: how many years closed assessments are kept after they close
 * (or forever), what the daily deletion removes, and the form that changes it (the server checks the bounds and
 * names the field when a value is outside them).
 */
export function RetentionPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  const retention = useRetention();

  return (
    <section className="retention" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('retention.panel.heading')}</h2>
      <p className="note">{t('retention.panel.description')}</p>
      {retention.isPending ? <StatusMessage>{t('app.status.loading')}</StatusMessage> : null}
      {retention.isError ? <ProblemAlert title={t('retention.panel.loadFailed')} error={retention.error} /> : null}
      {retention.data ? <RetentionForm current={retention.data} /> : null}
    </section>
  );
}

function RetentionForm({ current }: { current: RetentionView }) {
  const { t } = useTranslation();
  const save = useSaveRetention();
  const [years, setYears] = useState(current.years === null ? '' : String(current.years));
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = (value: number | null) => {
    setSaved(false);
    save.mutate(
      { years: value },
      {
        onSuccess: (view) => {
          setYears(view.years === null ? '' : String(view.years));
          setSaved(true);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = Number(years.trim());
    // a number input gives '' for what is not a number; the server checks the bounds and names the field
    const invalid = years.trim() === '' || !Number.isFinite(number);
    setMissing(invalid);
    if (!invalid) submit(number);
  };

  const error = save.error;
  const fieldError = missing
    ? t('retention.panel.yearsMissing', { min: current.minimumYears, max: current.maximumYears })
    : violationFor(error, 'years');
  return (
    <>
      <p className="retention__current">
        <strong>{t('retention.panel.currentLabel')}</strong>{' '}
        {current.years === null
          ? t('retention.panel.keepForever')
          : t(current.years === 1 ? 'retention.panel.keptYearsOne' : 'retention.panel.keptYearsMany', {
              count: current.years,
            })}
      </p>
      {current.years !== null && current.closedPastRetention > 0 ? (
        <p className="note">
          {t(
            current.closedPastRetention === 1
              ? 'retention.panel.pastRetentionOne'
              : 'retention.panel.pastRetentionMany',
            {
              count: current.closedPastRetention,
            },
          )}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="retention__form">
        <TextField
          label={t('retention.panel.yearsLabel')}
          name="years"
          type="number"
          inputMode="numeric"
          min={current.minimumYears}
          max={current.maximumYears}
          step={1}
          hint={t('retention.panel.yearsHint', { min: current.minimumYears, max: current.maximumYears })}
          value={years}
          onChange={(event) => setYears(event.target.value)}
          error={fieldError}
        />
        <div className="button-row">
          <Button type="submit" disabled={save.isPending}>
            {t('retention.panel.save')}
          </Button>
          {current.years !== null ? (
            <Button variant="secondary" disabled={save.isPending} onClick={() => submit(null)}>
              {t('retention.panel.keepForeverButton')}
            </Button>
          ) : null}
        </div>
      </form>
      {needsAlert(error, fields) ? (
        <ProblemAlert title={t('retention.panel.saveFailed')} error={error} shownFields={fields} />
      ) : null}
      {saved ? (
        <p role="status" className="note">
          {t('retention.panel.saved')}
        </p>
      ) : null}
    </>
  );
}
