import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/ui/table-scroll';
import type { GapLine, ResultDisplay } from '@/features/results/api/get-results';

/**
 * A figure that rests on one respondent of its business function, with the server's mark in words ("one
 * respondent"), so the reader knows it is one person's view, not a group's (not colour only).
 */
export function Marked({ value, single, mark }: { value: string; single: boolean; mark: string }) {
  return single ? (
    <>
      {value} <span className="single-mark">({mark})</span>
    </>
  ) : (
    <>{value}</>
  );
}

/** The CIO–CMO disconnect as the server formatted it: alignment index, heat map per dimension and its questions. */
export function PerceptionGapSection({
  gap,
  privacyRule,
  singleMark,
}: {
  gap: ResultDisplay['gap'];
  privacyRule: string;
  singleMark: string;
}) {
  const { t } = useTranslation();
  const hidden = gap.dimensions.some((line) => line.hidden) || gap.questions.some((line) => line.hidden);
  const single =
    gap.alignmentSingle || [...gap.dimensions, ...gap.questions].some((line) => line.marketingSingle || line.itSingle);

  return (
    <section className="results-section" aria-labelledby="results-gap-heading">
      <h2 id="results-gap-heading">{t('results.gap.heading')}</h2>
      <p className="alignment">
        <span className="alignment__label">{t('results.gap.alignmentIndex')}</span>{' '}
        <strong className="alignment__value">{gap.alignmentIndex}</strong>
        {gap.alignmentSingle ? <span className="single-mark"> ({singleMark})</span> : null}
      </p>
      <p className="note">{gap.alignmentNote}</p>
      <p className="note">
        {t('results.gap.respondents', { marketing: gap.marketingRespondents, it: gap.itRespondents })}
      </p>
      {hidden || single ? <p className="note privacy-note">{privacyRule}</p> : null}

      <TableScroll label={t('results.gap.tableCaption')}>
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
            {gap.dimensions.map((line) => (
              <GapRow key={line.key} line={line} mark={singleMark} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="note">{t('results.gap.legend')}</p>

      {gap.dimensions.map((dimension) => {
        const questions = gap.questions.filter((question) => question.dimension === dimension.dimension);
        return questions.length === 0 ? null : (
          <GapQuestions
            key={dimension.dimension}
            title={t('results.gap.questionsOf', { dimension: dimension.name })}
            rows={questions}
            mark={singleMark}
          />
        );
      })}
    </section>
  );
}

function GapRow({ line, mark }: { line: GapLine; mark: string }) {
  return (
    <tr>
      <th scope="row">{line.name}</th>
      <td className={line.marketingHidden ? 'gap--hidden' : undefined}>
        <Marked value={line.marketing} single={line.marketingSingle} mark={mark} />
      </td>
      <td className={line.itHidden ? 'gap--hidden' : undefined}>
        <Marked value={line.it} single={line.itSingle} mark={mark} />
      </td>
      <td className={`gap gap--${line.size}`}>{line.gap}</td>
    </tr>
  );
}

/** The questions of one dimension, folded away until asked for; the summary names the table. */
function GapQuestions({ title, rows, mark }: { title: string; rows: GapLine[]; mark: string }) {
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
            <GapRow key={row.key} line={row} mark={mark} />
          ))}
        </tbody>
      </table>
    </details>
  );
}
