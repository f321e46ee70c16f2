import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadarChart } from '@/components/charts/radar-chart';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import type { Position, Segment } from '@/features/results/api/get-benchmark';
import { useBenchmark } from '@/features/results/api/get-benchmark';
import { EMPTY, formatNumber } from '@/features/results/format';
import type { Names } from './names';
import '@/components/ui/data-table.css';
import { TableScroll } from '@/components/ui/table-scroll';

const POSITION_KEYS = {
  BOTTOM_QUARTER: 'consulting.position.bottomQuarter',
  LOWER_MIDDLE: 'consulting.position.lowerMiddle',
  UPPER_MIDDLE: 'consulting.position.upperMiddle',
  TOP_QUARTER: 'consulting.position.topQuarter',
} as const satisfies Record<Position, string>;

/**
 * A closed assessment against similar companies: the population of the same framework version, and the
 * company's industry, size band and country. A segment of fewer than the minimum companies shows
 * "not enough data" and no figure.
 */
export function BenchmarkSection({
  assessmentId,
  names,
  language,
}: {
  assessmentId: string;
  names: Names;
  language: string;
}) {
  const { t } = useTranslation();
  const benchmark = useBenchmark(assessmentId);
  const [selected, setSelected] = useState(0);
  const groupId = useId();

  const segmentLabel = (segment: Segment) =>
    segment.type === 'ALL'
      ? t('consulting.segment.all')
      : segment.type === 'INDUSTRY'
        ? t('consulting.segment.industry', { value: segment.value })
        : segment.type === 'SIZE_BAND'
          ? t('consulting.segment.sizeBand', { value: segment.value })
          : t('consulting.segment.country', { value: segment.value });

  let body;
  if (benchmark.isPending) {
    body = <StatusMessage>{t('consulting.benchmark.loading')}</StatusMessage>;
  } else if (benchmark.isError) {
    body = <ProblemAlert title={t('consulting.benchmark.loadFailed')} error={benchmark.error} />;
  } else {
    const placement = benchmark.data.segments[Math.min(selected, benchmark.data.segments.length - 1)];
    if (!placement) return null;
    const { stats, positions } = placement;
    const number = (value: number | null) => formatNumber(value, language);
    const anyData = stats.dimensions.some((d) => d.enoughData);
    body = (
      <>
        <fieldset className="segment-picker">
          <legend id={groupId}>{t('consulting.benchmark.compareWith')}</legend>
          {benchmark.data.segments.map((s, index) => (
            <label key={`${s.stats.segment.type}:${s.stats.segment.value}`}>
              <input
                type="radio"
                name={`segment-${groupId}`}
                checked={index === selected}
                onChange={() => setSelected(index)}
              />{' '}
              {segmentLabel(s.stats.segment)}
            </label>
          ))}
        </fieldset>
        <p className="note">{t('consulting.benchmark.explanation', { n: stats.minimumCompanies })}</p>
        {anyData ? (
          <RadarChart
            title={t('consulting.benchmark.radarTitle', { segment: segmentLabel(stats.segment) })}
            description={t('consulting.benchmark.radarDescription')}
            axisHeader={t('consulting.common.dimension')}
            language={language}
            axes={stats.dimensions.map((d) => ({ key: d.key, label: names.dimension(d.key) }))}
            series={[
              {
                key: 'company',
                label: t('consulting.benchmark.yourScore'),
                style: 'area',
                values: stats.dimensions.map((d) => positions.find((p) => p.key === d.key)?.score ?? null),
              },
              {
                key: 'median',
                label: t('consulting.benchmark.median'),
                style: 'dotted',
                values: stats.dimensions.map((d) => d.median),
              },
            ]}
          />
        ) : (
          <p className="not-enough-data">{t('consulting.benchmark.notEnoughData', { n: stats.minimumCompanies })}</p>
        )}
        <TableScroll label={t('consulting.benchmark.tableCaption', { segment: segmentLabel(stats.segment) })}>
          <table className="data-table">
            <caption>{t('consulting.benchmark.tableCaption', { segment: segmentLabel(stats.segment) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consulting.common.dimension')}</th>
                <th scope="col">{t('consulting.benchmark.yourScore')}</th>
                <th scope="col">{t('consulting.benchmark.p25')}</th>
                <th scope="col">{t('consulting.benchmark.median')}</th>
                <th scope="col">{t('consulting.benchmark.p75')}</th>
                <th scope="col">{t('consulting.benchmark.companies')}</th>
                <th scope="col">{t('consulting.benchmark.position')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.dimensions.map((d) => {
                const own = positions.find((p) => p.key === d.key);
                return (
                  <tr key={d.key}>
                    <th scope="row">{names.dimension(d.key)}</th>
                    <td>{number(own?.score ?? null)}</td>
                    {d.enoughData ? (
                      <>
                        <td>{number(d.p25)}</td>
                        <td>{number(d.median)}</td>
                        <td>{number(d.p75)}</td>
                        <td>{formatNumber(d.companies, language, 0)}</td>
                        <td>{own?.position ? t(POSITION_KEYS[own.position]) : EMPTY}</td>
                      </>
                    ) : (
                      <td colSpan={5}>{t('consulting.benchmark.notEnoughDataShort')}</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </>
    );
  }

  return (
    <section className="results-section" aria-labelledby="results-benchmark-heading">
      <h2 id="results-benchmark-heading">{t('consulting.benchmark.heading')}</h2>
      {body}
    </section>
  );
}
