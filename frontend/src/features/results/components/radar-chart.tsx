import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/features/results/format';

export type RadarAxis = { key: string; label: string; score: number | null; target: number | null };

const SIZE = 360;
const CENTER = SIZE / 2;
const RADIUS = 120;
const RINGS = [20, 40, 60, 80, 100];

function point(index: number, count: number, value: number): [number, number] {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const r = (Math.max(0, Math.min(100, value)) / 100) * RADIUS;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const polygon = (values: number[]) =>
  values.map((value, index) => point(index, values.length, value).map((n) => n.toFixed(1)).join(',')).join(' ');

/**
 * Current score against target per dimension (0–100), as inline SVG. The picture is one image with an
 * accessible name; its numbers are in a visually hidden table next to it.
 */
export function RadarChart({ axes }: { axes: RadarAxis[] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const count = axes.length;
  if (count < 3) return null; // a radar needs at least three axes; the cards below show every number
  const number = (value: number | null) => formatNumber(value, i18n.language, 0);

  return (
    <figure className="radar">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        className="radar__svg"
      >
        <title id={titleId}>{t('results.radar.label')}</title>
        <desc id={descId}>{t('results.radar.description')}</desc>
        <g aria-hidden="true">
          {RINGS.map((ring) => (
            <polygon key={ring} points={polygon(axes.map(() => ring))} className="radar__ring" />
          ))}
          {axes.map((axis, index) => {
            const [x, y] = point(index, count, 100);
            const [lx, ly] = point(index, count, 118);
            const anchor = Math.abs(lx - CENTER) < 4 ? 'middle' : lx > CENTER ? 'start' : 'end';
            return (
              <g key={axis.key}>
                <line x1={CENTER} y1={CENTER} x2={x} y2={y} className="radar__axis" />
                <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle" className="radar__label">
                  {axis.label}
                </text>
              </g>
            );
          })}
          <polygon points={polygon(axes.map((axis) => axis.target ?? 0))} className="radar__target" />
          <polygon points={polygon(axes.map((axis) => axis.score ?? 0))} className="radar__score" />
        </g>
      </svg>
      <figcaption>
        <ul className="legend">
          <li>
            <span className="legend__swatch legend__swatch--score" aria-hidden="true" />
            {t('results.radar.current')}
          </li>
          <li>
            <span className="legend__swatch legend__swatch--target" aria-hidden="true" />
            {t('results.radar.target')}
          </li>
        </ul>
      </figcaption>
      <table className="visually-hidden">
        <caption>{t('results.radar.label')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.radar.dimension')}</th>
            <th scope="col">{t('results.radar.current')}</th>
            <th scope="col">{t('results.radar.target')}</th>
          </tr>
        </thead>
        <tbody>
          {axes.map((axis) => (
            <tr key={axis.key}>
              <th scope="row">{axis.label}</th>
              <td>{number(axis.score)}</td>
              <td>{number(axis.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
