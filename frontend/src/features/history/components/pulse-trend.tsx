import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { History } from '@/features/history/api/get-history';
import { TableScroll } from '@/components/ui/table-scroll';
import '@/components/ui/data-table.css';
import './pulse-trend.css';

type Result = History['results'][number];
type Reference = History['references'][number];

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 34, right: 10, top: 10, bottom: 22 };
const DASH = '—';

/** The short name of a published figure in the UI language (its key until one is written). */
export function useFigureLabel() {
  const { t } = useTranslation();
  // "oracle.collab_frequent.it" → consulting.pulseFigure.oracleCollabFrequentIt
  return (key: string) =>
    t(`consulting.pulseFigure.${key.replace(/[._]([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`, {
      defaultValue: key,
    });
}

/** The company's share for one figure at one closed result, or null when nobody of the compared functions answered. */
function shareOf(result: Result, key: string): { value: number; n: number } | null {
  const point = result.figures.find((f) => f.key === key);
  return point && point.companyValue !== null && point.companyValue !== undefined
    ? { value: point.companyValue, n: point.sampleSize }
    : null;
}

/**
 * The pulse's figures over time: one small line chart per published figure of the pulse, with the full
 * assessments (squares) and the pulses (circles) in date order and the published 2013 figure as a dashed
 * reference line; every number is also in the table below the charts. Shown when at least one pulse is closed.
 */
export function PulseTrend({
  results,
  references,
  language,
}: {
  results: Result[];
  references: Reference[];
  language: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const figureLabel = useFigureLabel();
  if (!results.some((r) => r.kind === 'PULSE') || references.length === 0) return null;
  const points = results.filter((r) => references.some((ref) => shareOf(r, ref.key) !== null));
  const times = points.map((r) => new Date(r.closedAt).getTime());
  const min = Math.min(...times);
  const max = Math.max(...times);
  const x = (iso: string) => {
    const span = max - min;
    const at = span === 0 ? 0.5 : (new Date(iso).getTime() - min) / span;
    return PAD.left + at * (WIDTH - PAD.left - PAD.right);
  };
  const y = (value: number) => PAD.top + (1 - value / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const percent = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  const date = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
  const referenceText = (ref: Reference) =>
    t('consulting.history.pulseReference', { year: ref.year, value: percent(ref.value) });

  return (
    <section className="pulse-trend" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('consulting.history.pulseTitle')}</h2>
      <p>{t('consulting.history.pulseIntro')}</p>
      <ul className="pulse-trend__legend" aria-hidden="true">
        <li>
          <svg width="12" height="12" className="pulse-trend__mark pulse-trend__mark--full">
            <rect x="2" y="2" width="8" height="8" />
          </svg>{' '}
          {t('consulting.history.legendFull')}
        </li>
        <li>
          <svg width="12" height="12" className="pulse-trend__mark pulse-trend__mark--pulse">
            <circle cx="6" cy="6" r="4" />
          </svg>{' '}
          {t('consulting.history.legendPulse')}
        </li>
        <li>
          <svg width="20" height="12" className="pulse-trend__mark">
            <line x1="0" y1="6" x2="20" y2="6" className="pulse-trend__reference" />
          </svg>{' '}
          {t('consulting.history.legendReference', {
            year: references[0]!.year,
            publisher: [...new Set(references.map((r) => r.publisher.split(',')[0]))].join(', '),
          })}
        </li>
      </ul>
      <div className="pulse-trend__grid">
        {references.map((ref) => {
          const series = points
            .map((r) => ({ r, share: shareOf(r, ref.key) }))
            .filter((p): p is { r: Result; share: { value: number; n: number } } => p.share !== null);
          const label = figureLabel(ref.key);
          return (
            <figure className="pulse-trend__chart" key={ref.key}>
              <figcaption>{label}</figcaption>
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                className="pulse-trend__svg"
                role="img"
                aria-label={t('consulting.history.pulseChartDescription', {
                  label,
                  reference: referenceText(ref),
                })}
              >
                {[0, 50, 100].map((v) => (
                  <g key={v}>
                    <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="pulse-trend__grid-line" />
                    <text x={PAD.left - 4} y={y(v) + 3} className="pulse-trend__tick" textAnchor="end">
                      {percent(v)}%
                    </text>
                  </g>
                ))}
                <line
                  x1={PAD.left}
                  x2={WIDTH - PAD.right}
                  y1={y(ref.value)}
                  y2={y(ref.value)}
                  className="pulse-trend__reference"
                />
                <text x={WIDTH - PAD.right} y={y(ref.value) - 3} className="pulse-trend__tick" textAnchor="end">
                  {referenceText(ref)}
                </text>
                {series.length > 1 ? (
                  <polyline
                    className="pulse-trend__line"
                    points={series.map((p) => `${x(p.r.closedAt).toFixed(1)},${y(p.share.value).toFixed(1)}`).join(' ')}
                  />
                ) : null}
                {series.map((p) =>
                  p.r.kind === 'PULSE' ? (
                    <circle
                      key={p.r.assessmentId}
                      cx={x(p.r.closedAt)}
                      cy={y(p.share.value)}
                      r={4}
                      className="pulse-trend__point pulse-trend__point--pulse"
                    />
                  ) : (
                    <rect
                      key={p.r.assessmentId}
                      x={x(p.r.closedAt) - 4}
                      y={y(p.share.value) - 4}
                      width={8}
                      height={8}
                      className="pulse-trend__point pulse-trend__point--full"
                    />
                  ),
                )}
                {points.length > 0 ? (
                  <>
                    <text x={PAD.left} y={HEIGHT - 6} className="pulse-trend__tick">
                      {date(points[0]!.closedAt)}
                    </text>
                    {points.length > 1 ? (
                      <text x={WIDTH - PAD.right} y={HEIGHT - 6} className="pulse-trend__tick" textAnchor="end">
                        {date(points[points.length - 1]!.closedAt)}
                      </text>
                    ) : null}
                  </>
                ) : null}
              </svg>
            </figure>
          );
        })}
      </div>
      <TableScroll label={t('consulting.history.pulseTableCaption')}>
        <table className="data-table">
          <caption>{t('consulting.history.pulseTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consulting.common.assessment')}</th>
              <th scope="col">{t('consulting.common.closedAt')}</th>
              <th scope="col">{t('consulting.history.kind')}</th>
              {references.map((ref) => (
                <th scope="col" key={ref.key}>
                  {figureLabel(ref.key)} ({referenceText(ref)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((r) => (
              <tr key={r.assessmentId}>
                <th scope="row">{r.title}</th>
                <td>{date(r.closedAt)}</td>
                <td>{r.kind === 'PULSE' ? t('consulting.history.pulsePulse') : t('consulting.history.pulseFull')}</td>
                {references.map((ref) => {
                  const share = shareOf(r, ref.key);
                  return (
                    <td key={ref.key}>
                      {share ? t('consulting.history.share', { value: percent(share.value), n: share.n }) : DASH}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
