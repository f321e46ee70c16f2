import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerceptionGap } from '@/features/results/api/get-results';
import { EMPTY, formatNumber, formatSigned } from '@/features/results/format';
import type { Names } from './names';

/** Colour band of a gap's size; the number is always in the cell too. */
function gapClass(gap: number | null): string {
  if (gap === null) return 'gap gap--none';
  const size = Math.abs(gap);
  if (size < 10) return 'gap gap--low';
  if (size < 20) return 'gap gap--medium';
  return 'gap gap--high';
}

/** The CIO–CMO disconnect: alignment index, heat map per dimension and the questions behind it. */
export function PerceptionGapSection({ gap, names }: { gap: PerceptionGap; names: Names }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null) => formatNumber(value, i18n.language);
  const signed = (value: number | null) => formatSigned(value, i18n.language);

  return (
    <section className="results-section" aria-labelledby="results-gap-heading">
      <h2 id="results-gap-heading">{t('results.gap.heading')}</h2>
      <p className="alignment">
        <span className="alignment__label">{t('results.gap.alignmentIndex')}</span>{' '}
        <strong className="alignment__value">
          {gap.alignmentIndex === null ? EMPTY : formatNumber(gap.alignmentIndex, i18n.language, 0)}
        </strong>
        {gap.alignmentIndex === null ? null : <span className="note"> / 100</span>}
      </p>
      <p className="note">
        {gap.alignmentIndex === null
          ? t('results.gap.alignmentUnavailable')
          : t('results.gap.alignmentExplanation', { n: formatNumber(gap.comparedQuestions, i18n.language, 0) })}
      </p>
      <p className="note">
        {t('results.gap.respondents', {
          marketing: formatNumber(gap.marketingRespondents, i18n.language, 0),
          it: formatNumber(gap.itRespondents, i18n.language, 0),
        })}
      </p>

      <table className="heatmap">
        <caption>{t('results.gap.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.gap.dimension')}</th>
            <th scope="col">{t('results.gap.marketing')}</th>
            <th scope="col">{t('results.gap.it')}</th>
            <th scope="col">{t('results.gap.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {gap.dimensions.map((dimension) => (
            <tr key={dimension.dimension}>
              <th scope="row">{names.dimension(dimension.dimension)}</th>
              <td>{number(dimension.marketing)}</td>
              <td>{number(dimension.it)}</td>
              <td className={gapClass(dimension.gap)}>{signed(dimension.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('results.gap.legend')}</p>

      {gap.dimensions.map((dimension) => {
        const questions = gap.questions.filter((question) => question.dimension === dimension.dimension);
        return questions.length === 0 ? null : (
          <GapQuestions
            key={dimension.dimension}
            title={t('results.gap.questionsOf', { dimension: names.dimension(dimension.dimension) })}
            rows={questions.map((question) => ({
              key: question.questionKey,
              title: names.question(question.questionKey),
              marketing: number(question.marketing),
              it: number(question.it),
              gap: signed(question.gap),
              className: gapClass(question.gap),
            }))}
          />
        );
      })}
    </section>
  );
}

type GapRow = { key: string; title: string; marketing: string; it: string; gap: string; className: string };

/** The questions of one dimension, folded away until asked for; the summary names the table. */
function GapQuestions({ title, rows }: { title: string; rows: GapRow[] }) {
  const { t } = useTranslation();
  const summaryId = useId();
  return (
    <details className="gap-questions">
      <summary id={summaryId}>{title}</summary>
      <table aria-labelledby={summaryId}>
        <thead>
          <tr>
            <th scope="col">{t('results.gap.question')}</th>
            <th scope="col">{t('results.gap.marketing')}</th>
            <th scope="col">{t('results.gap.it')}</th>
            <th scope="col">{t('results.gap.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.title}</th>
              <td>{row.marketing}</td>
              <td>{row.it}</td>
              <td className={row.className}>{row.gap}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
