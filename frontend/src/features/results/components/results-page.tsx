import { useTranslation } from 'react-i18next';
import { RadarChart } from '@/components/charts/radar-chart';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useFramework } from '@/features/frameworks';
import { useResults, type AssessmentResults, type FigurePlacement } from '@/features/results/api/get-results';
import { formatDateTime, formatNumber } from '@/features/results/format';
import { currentLanguage } from '@/lib/i18n';
import { namesOf, type Names } from './names';
import { BenchmarkSection } from './benchmark-section';
import { Marked, PerceptionGapSection } from './perception-gap';
import './results.css';

/** The results of one assessment: verdict, radar, dimensions, perception gap, roadmap, published figures. */
export function ResultsPage({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const results = useResults(assessmentId);
  const framework = useFramework(results.data?.result.frameworkKey, results.data?.result.frameworkVersion, language);

  if (results.isPending) return <StatusMessage>{t('results.page.loading')}</StatusMessage>;
  if (results.isError) {
    return (
      <>
        <h1>{t('results.page.title')}</h1>
        <ProblemAlert title={t('results.page.loadFailed')} error={results.error} />
      </>
    );
  }
  if (framework.isPending) return <StatusMessage>{t('results.page.loading')}</StatusMessage>;
  if (framework.isError) {
    return (
      <>
        <h1>{t('results.page.title')}</h1>
        <ProblemAlert title={t('results.page.frameworkFailed')} error={framework.error} />
      </>
    );
  }
  return <ResultsView data={results.data} names={namesOf(framework.data)} language={language} />;
}

const sourceOf = ({ figure: { source } }: FigurePlacement) => ({
  title: source.title,
  publisher: source.publisher,
  year: String(source.year),
});

/** By the verdict's state (ENABLED, NOT_ENABLED, INSUFFICIENT: ResultDisplay.Verdict). */
const verdictClass: Record<string, string> = {
  ENABLED: 'verdict__statement verdict__statement--yes',
  NOT_ENABLED: 'verdict__statement verdict__statement--no',
  INSUFFICIENT: 'verdict__statement verdict__statement--pending',
};

/**
 * Every figure and text the page shares with the PDF comes formatted from the server (display); the page lays it
 * out and only formats what the PDF does not have (dates, counts, the radar's numbers).
 */
function ResultsView({ data, names, language }: { data: AssessmentResults; names: Names; language: string }) {
  const { t } = useTranslation();
  const { result, display } = data;
  const roadmap = [...display.roadmap].sort((a, b) => a.rank - b.rank);

  return (
    <>
      <h1>{t('results.page.title')}</h1>
      <p className="note">
        {data.live
          ? t('results.page.live', { date: formatDateTime(data.computedAt, language) })
          : t('results.page.snapshot', { date: formatDateTime(data.computedAt, language) })}{' '}
        {t('results.page.respondents', { n: formatNumber(result.respondentCount, language, 0) })}
      </p>
      {data.anonymous ? <p className="note">{t('results.page.anonymous')}</p> : null}

      <section className="results-section verdict" aria-labelledby="results-overall-heading">
        <h2 id="results-overall-heading">{t('results.overall.heading')}</h2>
        <div className={verdictClass[display.verdict.state]} data-testid="verdict">
          <p className="verdict__headline">{display.verdict.headline}</p>
          <p className="verdict__why">{display.verdict.explanation}</p>
        </div>
        <dl className="details">
          <dt>{t('results.overall.score')}</dt>
          <dd>{t('results.overall.scoreValue', { score: display.overall.score })}</dd>
          <dt>{t('results.overall.level')}</dt>
          <dd>{display.overall.level}</dd>
          <dt>{t('results.overall.coverage')}</dt>
          <dd>{display.overall.coverage}</dd>
          {display.verdict.heldBackBy ? (
            <>
              <dt>{t('results.overall.heldBackBy')}</dt>
              <dd>{display.verdict.heldBackBy}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section className="results-section" aria-labelledby="results-dimensions-heading">
        <h2 id="results-dimensions-heading">{t('results.dimensions.heading')}</h2>
        <RadarChart
          title={t('results.radar.label')}
          description={t('results.radar.description')}
          axisHeader={t('results.radar.dimension')}
          language={language}
          axes={display.dimensions.map((dimension) => ({ key: dimension.key, label: dimension.name }))}
          series={[
            {
              key: 'current',
              label: t('results.radar.current'),
              style: 'area',
              values: result.dimensions.map((dimension) => dimension.all.score),
            },
            {
              key: 'target',
              label: t('results.radar.target'),
              style: 'dashed',
              values: result.dimensions.map((dimension) => names.levelFrom(dimension.target.targetLevel)),
            },
          ]}
        />
        <ul className="dimension-cards">
          {display.dimensions.map((dimension) => {
            const steps = roadmap.filter((item) => item.dimension === dimension.key);
            return (
              <li key={dimension.key} className="dimension-card">
                <h3>{dimension.name}</h3>
                <dl className="details">
                  <dt>{t('results.dimensions.score')}</dt>
                  <dd>{dimension.score}</dd>
                  <dt>{t('results.dimensions.level')}</dt>
                  <dd>{dimension.level}</dd>
                  <dt>{t('results.dimensions.coverage')}</dt>
                  <dd>{dimension.coverage}</dd>
                  <dt>{t('results.dimensions.target')}</dt>
                  <dd>{dimension.target}</dd>
                  <dt>{t('results.dimensions.gap')}</dt>
                  <dd
                    className={
                      dimension.targetMet ? 'target-state target-state--met' : 'target-state target-state--open'
                    }
                  >
                    {dimension.gap}
                  </dd>
                </dl>
                {dimension.gate ? (
                  <p className={dimension.holdsBack ? 'gate-state gate-state--holds' : 'gate-state'}>
                    {dimension.gate}
                  </p>
                ) : null}
                {steps.length > 0 ? (
                  <>
                    <h4>{t('results.dimensions.nextSteps')}</h4>
                    <ul aria-label={t('results.dimensions.nextStepsFor', { dimension: dimension.name })}>
                      {steps.map((item) => (
                        <li key={item.rank}>{item.title}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {data.status === 'CLOSED' ? (
        <BenchmarkSection assessmentId={String(data.assessmentId)} names={names} language={language} />
      ) : null}

      <PerceptionGapSection gap={display.gap} privacyRule={display.privacyRule} singleMark={display.singleMark} />

      <section className="results-section" aria-labelledby="results-roadmap-heading">
        <h2 id="results-roadmap-heading">{t('results.roadmap.heading')}</h2>
        {roadmap.length === 0 ? (
          <p>{t('results.roadmap.empty')}</p>
        ) : (
          <ol className="roadmap">
            {roadmap.map((item) => (
              <li key={item.rank} className="roadmap__item">
                <h3>{item.title}</h3>
                <p className="note">
                  {item.target
                    ? t('results.roadmap.metaTarget', {
                        dimension: item.dimensionName,
                        step: item.step,
                        target: item.target,
                      })
                    : t('results.roadmap.meta', { dimension: item.dimensionName, step: item.step })}
                </p>
                <p>{item.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="results-section" aria-labelledby="results-figures-heading">
        <h2 id="results-figures-heading">{t('results.figures.heading')}</h2>
        {display.figures.length === 0 ? (
          <p>{t('results.figures.empty')}</p>
        ) : (
          <ul className="figures">
            {display.figures.map((figure, index) => {
              const placement = result.publishedFigures[index];
              return (
                <li key={figure.key} className="figure-card">
                  <p className="figure-card__text">{figure.text}</p>
                  <dl className="details">
                    <dt>{t('results.figures.published')}</dt>
                    <dd>{figure.published}</dd>
                    <dt>{t('results.figures.company')}</dt>
                    <dd>
                      <Marked value={figure.company} single={figure.single} mark={display.singleMark} />
                    </dd>
                    <dt>{t('results.figures.difference')}</dt>
                    <dd>{figure.difference}</dd>
                  </dl>
                  <p className="note">
                    {figure.assessment} · {figure.basis}
                  </p>
                  {placement ? (
                    <p className="note">
                      {placement.figure.source.sample
                        ? t('results.figures.sourceWithSample', {
                            ...sourceOf(placement),
                            sample: placement.figure.source.sample,
                          })
                        : t('results.figures.source', sourceOf(placement))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
