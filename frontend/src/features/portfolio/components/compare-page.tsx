import { useTranslation } from 'react-i18next';
import { RadarChart, type RadarSeries } from '@/components/charts/radar-chart';
import { formatDelta, formatScore, useDimensionNames } from '@/features/history';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import '@/components/ui/data-table.css';
import { currentLanguage } from '@/lib/i18n';
import { MAX_COMPARED, useComparison } from '@/features/portfolio/api/get-comparison';
import { TableScroll } from '@/components/ui/table-scroll';
import { ComparisonDownloads } from './comparison-downloads';
import { PlanCell } from './portfolio-page';

const deltaClass = (value: number | null) =>
  value === null || value === 0 ? undefined : value > 0 ? 'delta--up' : 'delta--down';

/**
 * Up to ten clients side by side: a table of every dimension with each client's score, its difference to the
 * first client and to the benchmark median, and a radar with one outline per client and the median.
 */
export function ComparePage({ clientIds }: { clientIds: number[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const comparison = useComparison(clientIds);
  const results = comparison.data?.clients.map((c) => c.latest).filter((l) => l !== null) ?? [];
  const dimensionName = useDimensionNames(results, language);

  if (clientIds.length === 0) {
    return (
      <>
        <h1>{t('consulting.compare.title')}</h1>
        <p>{t('consulting.compare.noneSelected', { max: MAX_COMPARED })}</p>
      </>
    );
  }
  if (comparison.isPending) return <StatusMessage>{t('consulting.common.loading')}</StatusMessage>;
  if (comparison.isError) {
    return (
      <>
        <h1>{t('consulting.compare.title')}</h1>
        <ProblemAlert title={t('consulting.compare.loadFailed')} error={comparison.error} />
      </>
    );
  }
  const { clients, rows } = comparison.data;
  const first = clients[0]!.company.name;
  const rowName = (key: string) => (key === 'overall' ? t('consulting.common.overall') : dimensionName(key));
  const dimensionRows = rows.filter((r) => r.key !== 'overall');
  const series: RadarSeries[] = clients.map((c, index) => ({
    key: String(c.clientId),
    label: c.company.name,
    style: `palette-${index}`,
    values: dimensionRows.map((r) => r.values[index]?.score ?? null),
  }));
  if (dimensionRows.some((r) => r.median !== null)) {
    series.push({
      key: 'median',
      label: t('consulting.compare.benchmarkMedian'),
      style: 'dotted',
      values: dimensionRows.map((r) => r.median),
    });
  }

  return (
    <>
      <h1>{t('consulting.compare.title')}</h1>
      <p>{t('consulting.compare.intro')}</p>
      <RadarChart
        title={t('consulting.compare.radarTitle')}
        description={t('consulting.compare.radarDescription')}
        axisHeader={t('consulting.common.dimension')}
        language={language}
        axes={dimensionRows.map((r) => ({ key: r.key, label: rowName(r.key) }))}
        series={series}
      />
      <TableScroll label={t('consulting.compare.tableCaption', { first })}>
        <table className="data-table">
          <caption>{t('consulting.compare.tableCaption', { first })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consulting.common.dimension')}</th>
              {clients.map((c) => (
                <th key={c.clientId} scope="col">
                  {c.company.name}
                </th>
              ))}
              <th scope="col">{t('consulting.compare.benchmarkMedian')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{rowName(row.key)}</th>
                {row.values.map((v, index) => (
                  <td key={v.clientId}>
                    {v.score === null ? (
                      t('consulting.compare.noResult')
                    ) : (
                      <>
                        <strong>{formatScore(v.score, language)}</strong>
                        {index > 0 ? (
                          <>
                            <br />{' '}
                            <span className={deltaClass(v.deltaToFirst)}>
                              {t('consulting.compare.deltaToFirst', {
                                value: formatDelta(v.deltaToFirst, language),
                                first,
                              })}
                            </span>
                          </>
                        ) : null}
                        {v.deltaToMedian !== null ? (
                          <>
                            <br />{' '}
                            <span className={deltaClass(v.deltaToMedian)}>
                              {t('consulting.compare.deltaToMedian', { value: formatDelta(v.deltaToMedian, language) })}
                            </span>
                          </>
                        ) : null}
                      </>
                    )}
                  </td>
                ))}
                <td>
                  {row.key === 'overall'
                    ? '—'
                    : row.median === null
                      ? t('consulting.benchmark.notEnoughDataShort')
                      : formatScore(row.median, language)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('consulting.portfolio.plan')}</th>
              {clients.map((c) => (
                <td key={c.clientId}>
                  <PlanCell client={c} />
                </td>
              ))}
              <td>—</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>
      <ComparisonDownloads clientIds={clients.map((c) => c.clientId)} />
    </>
  );
}
