import { useId } from 'react';
import '@/components/ui/visually-hidden.css';
import './radar-chart.css';

export type RadarAxis = { key: string; label: string };

/**
 * One polygon of the chart. `values` follow the axes' order (0–100; null draws at the centre and shows
 * as a dash in the table). `style` picks the look: a filled area, a dashed outline (targets), a dotted
 * outline (benchmarks), or one of ten distinct colours for comparing several series.
 */
export type RadarSeries = {
  key: string;
  label: string;
  values: (number | null)[];
  style: 'area' | 'dashed' | 'dotted' | `palette-${number}`;
};

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
  values
    .map((value, index) =>
      point(index, values.length, value)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

const DASH = '—';

/**
 * Several series over the same axes (0–100), as inline SVG. The picture is one image with an accessible
 * name; every number is in a visually hidden table next to it, so nothing depends on seeing the colours.
 */
export function RadarChart({
  axes,
  series,
  title,
  description,
  axisHeader,
  language,
}: {
  axes: RadarAxis[];
  series: RadarSeries[];
  /** The chart's accessible name and the table's caption. */
  title: string;
  description: string;
  /** Header of the table's first column (e.g. "Dimension"). */
  axisHeader: string;
  language: string;
}) {
  const titleId = useId();
  const descId = useId();
  const count = axes.length;
  if (count < 3) return null; // a radar needs at least three axes; the tables beside it show every number
  const number = (value: number | null) =>
    value === null ? DASH : new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);

  return (
    <figure className="radar">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        className="radar__svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
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
          {series.map((s) => (
            <polygon
              key={s.key}
              points={polygon(s.values.map((value) => value ?? 0))}
              className={`radar__series radar__series--${s.style}`}
            />
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="legend">
          {series.map((s) => (
            <li key={s.key}>
              <span className={`legend__swatch legend__swatch--${s.style}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* the wrapper hides it: a table grows to its content whatever its own width, and would widen the page */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{axisHeader}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis.key}>
                <th scope="row">{axis.label}</th>
                {series.map((s) => (
                  <td key={s.key}>{number(s.values[index] ?? null)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
