import { useTranslation } from 'react-i18next';
import { RadarChart } from '@/components/charts/radar-chart';
import { useFramework } from '@/features/frameworks';
import type { History } from '@/features/history/api/get-history';
import '@/components/ui/data-table.css';
import { TableScroll } from '@/components/ui/table-scroll';
import { PulseTrend } from './pulse-trend';

const DASH = '—';

/** One closed assessment with its overall and per-dimension scores and the change from the one before. */
export type ClosedResult = History['results'][number];

/** Dimension names of the framework version of the results, in the UI language (keys until they arrive). */
export function useDimensionNames(results: { frameworkKey: string; frameworkVersion: number }[], language: string) {
  const first = results[0];
  const framework = useFramework(first?.frameworkKey, first?.frameworkVersion, language);
  const names = new Map(framework.data?.dimensions.map((d) => [d.key, d.name]) ?? []);
  return (key: string) => names.get(key) ?? key;
}

export const formatScore = (value: number | null | undefined, language: string) =>
  value === null || value === undefined
    ? DASH
    : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);

export const formatDelta = (value: number | null | undefined, language: string) =>
  value === null || value === undefined
    ? DASH
    : new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);

export const formatDate = (iso: string, language: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
};

/**
 * Closed results over time (oldest first): a radar of the latest full assessment against the one before, a table
 * of every closed full assessment with the change per dimension from the previous one and its place in a
 * recurring series, and the collaboration pulses between them against the published 2013 figures. Shared by a
 * company's history and a consultant's client trend.
 */
export function HistoryView({
  results: all,
  references = [],
  language,
  actionsDone,
}: {
  results: ClosedResult[];
  references?: History['references'];
  language: string;
  /** The action plan's actions done since the previous result, by assessment id and dimension (company admins). */
  actionsDone?: ReadonlyMap<number, ReadonlyMap<string, number>>;
}) {
  const { t } = useTranslation();
  const results = all.filter((r) => r.kind !== 'PULSE');
  const dimensionName = useDimensionNames(results, language);
  const titleOf = new Map(all.map((r) => [r.assessmentId, r.title]));
  const cycleText = (r: ClosedResult) =>
    [
      r.series?.previousId != null && titleOf.has(r.series.previousId)
        ? t('consulting.history.cycleAfter', { title: titleOf.get(r.series.previousId) })
        : null,
      r.series?.nextId != null && titleOf.has(r.series.nextId)
        ? t('consulting.history.cycleBefore', { title: titleOf.get(r.series.nextId) })
        : null,
    ]
      .filter(Boolean)
      .join(' · ') || DASH;
  const pulse = <PulseTrend results={all} references={references} language={language} />;
  if (results.length === 0) {
    return (
      <>
        <p>{t('consulting.history.empty')}</p>
        {pulse}
      </>
    );
  }
  const keys = results[results.length - 1]!.dimensions.map((d) => d.key);
  const latest = results[results.length - 1]!;
  const previous = results.length > 1 ? results[results.length - 2]! : null;
  const scoreOf = (r: ClosedResult, key: string) => r.dimensions.find((d) => d.key === key)?.score ?? null;
  const label = (r: ClosedResult) => `${r.title} (${formatDate(r.closedAt, language)})`;
  const cell = (score: number | null, change: number | null) =>
    change === null
      ? formatScore(score, language)
      : `${formatScore(score, language)} (${formatDelta(change, language)})`;

  return (
    <>
      <RadarChart
        title={t('consulting.history.radarTitle')}
        description={t('consulting.history.radarDescription')}
        axisHeader={t('consulting.common.dimension')}
        language={language}
        axes={keys.map((key) => ({ key, label: dimensionName(key) }))}
        series={[
          ...(previous
            ? [
                {
                  key: 'previous',
                  label: label(previous),
                  style: 'dashed' as const,
                  values: keys.map((k) => scoreOf(previous, k)),
                },
              ]
            : []),
          { key: 'latest', label: label(latest), style: 'area' as const, values: keys.map((k) => scoreOf(latest, k)) },
        ]}
      />
      <TableScroll label={t('consulting.history.tableCaption')}>
        <table className="data-table">
          <caption>{t('consulting.history.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consulting.common.assessment')}</th>
              <th scope="col">{t('consulting.common.closedAt')}</th>
              <th scope="col">{t('consulting.common.overall')}</th>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {dimensionName(key)}
                </th>
              ))}
              <th scope="col">{t('consulting.history.cycleColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {[...results].reverse().map((r) => (
              <tr key={r.assessmentId}>
                <th scope="row">{r.title}</th>
                <td>{formatDate(r.closedAt, language)}</td>
                <td>{cell(r.overallScore, r.overallChange)}</td>
                {keys.map((key) => {
                  const point = r.dimensions.find((d) => d.key === key);
                  const done = actionsDone?.get(r.assessmentId)?.get(key) ?? 0;
                  return (
                    <td key={key}>
                      {cell(point?.score ?? null, point?.change ?? null)}
                      {done > 0 ? (
                        <span className="note history-actions-done">
                          {' '}
                          {t(done === 1 ? 'consulting.history.actionsDoneOne' : 'consulting.history.actionsDoneMany', {
                            count: done,
                          })}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
                <td>{cycleText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pulse}
    </>
  );
}
