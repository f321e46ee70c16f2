import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '@/components/ui/table-scroll';
import type { GapLine, ResultDisplay } from '@/features/results/api/get-results';

/** The CIO–CMO disconnect as the server formatted it: alignment index, heat map per dimension and its questions. */
export function PerceptionGapSection({ gap, privacyRule }: { gap: ResultDisplay['gap']; privacyRule: string }) {
  const { t } = useTranslation();
  const hidden = gap.dimensions.some((line) => line.hidden) || gap.questions.some((line) => line.hidden);

  return (
    <section className="results-section" aria-labelledby="results-gap-heading">
      <h2 id="results-gap-heading">{t('results.gap.heading')}</h2>
      <p className="alignment">
        <span className="alignment__label">{t('results.gap.alignmentIndex')}</span>{' '}
        <strong className="alignment__value">{gap.alignmentIndex}</strong>
      </p>
      <p className="note">{gap.alignmentNote}</p>
      <p className="note">
        {t('results.gap.respondents', { marketing: gap.marketingRespondents, it: gap.itRespondents })}
      </p>
      {hidden ? <p className="note privacy-note">{privacyRule}</p> : null}

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
            <GapRow key={line.key} line={line} />
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
          />
        );
      })}
    </section>
  );
}

function GapRow({ line }: { line: GapLine }) {
  return (
    <tr>
      <th scope="row">{line.name}</th>
      <td className={line.marketingHidden ? 'gap--hidden' : undefined}>{line.marketing}</td>
      <td className={line.itHidden ? 'gap--hidden' : undefined}>{line.it}</td>
      <td className={`gap gap--${line.size}`}>{line.gap}</td>
    </tr>
  );
}

/** The questions of one dimension, folded away until asked for; the summary names the table. */
function GapQuestions({ title, rows }: { title: string; rows: GapLine[] }) {
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
            <GapRow key={row.key} line={row} />
          ))}
        </tbody>
      </table>
    </details>
  );
}
