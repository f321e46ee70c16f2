import { useTranslation } from 'react-i18next';
import { RadarChart } from '@/components/charts/radar-chart';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { useFramework } from '@/features/frameworks';
import { useResults, type AssessmentResults, type FigurePlacement } from '@/features/results/api/get-results';
import { EMPTY, formatDateTime, formatNumber, formatPercent, formatShare, formatSigned, localized } from '@/features/results/format';
import { currentLanguage } from '@/lib/i18n';
import { namesOf, type Names } from './names';
import { BenchmarkSection } from './benchmark-section';
import { PerceptionGapSection } from './perception-gap';
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

function ResultsView({ data, names, language }: { data: AssessmentResults; names: Names; language: string }) {
  const { t } = useTranslation();
  const { result } = data;
  const { overall } = result;
  const number = (value: number | null) => formatNumber(value, language);
  const level = names.level(overall.level);
  const areas = (keys: string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(keys.map((key) => names.dimension(key)));
  const roadmap = [...result.roadmap].sort((a, b) => a.rank - b.rank);

  return (
    <>
      <h1>{t('results.page.title')}</h1>
      <p className="note">
        {data.live
          ? t('results.page.live', { date: formatDateTime(data.computedAt, language) })
          : t('results.page.snapshot', { date: formatDateTime(data.computedAt, language) })}{' '}
        {t('results.page.respondents', { n: formatNumber(result.respondentCount, language, 0) })}
      </p>

      <section className="results-section verdict" aria-labelledby="results-overall-heading">
        <h2 id="results-overall-heading">{t('results.overall.heading')}</h2>
        <dl className="details">
          <dt>{t('results.overall.score')}</dt>
          <dd>{overall.score === null ? EMPTY : t('results.overall.scoreValue', { score: number(overall.score) })}</dd>
          <dt>{t('results.overall.level')}</dt>
          <dd>{level === null ? EMPTY : t('results.overall.levelValue', { level: overall.level, name: level })}</dd>
          <dt>{t('results.overall.coverage')}</dt>
          <dd>{formatShare(overall.coverage, language)}</dd>
        </dl>
        {overall.sociallyEnabled ? (
          <p className="verdict__statement verdict__statement--yes">
            {t('results.overall.enabled', {
              level: names.level(overall.sociallyEnabledLevel) ?? String(overall.sociallyEnabledLevel),
            })}
          </p>
        ) : (
          <p className="verdict__statement verdict__statement--no">
            {overall.weakestAreas.length > 0
              ? t('results.overall.notEnabled', {
                  level: names.level(overall.sociallyEnabledLevel) ?? String(overall.sociallyEnabledLevel),
                  areas: areas(overall.weakestAreas),
                })
              : t('results.overall.notEnabledPlain', {
                  level: names.level(overall.sociallyEnabledLevel) ?? String(overall.sociallyEnabledLevel),
                })}
          </p>
        )}
        {overall.unscoredAreas.length > 0 ? (
          <p className="note">{t('results.overall.unscored', { areas: areas(overall.unscoredAreas) })}</p>
        ) : null}
      </section>

      <section className="results-section" aria-labelledby="results-dimensions-heading">
        <h2 id="results-dimensions-heading">{t('results.dimensions.heading')}</h2>
        <RadarChart
          title={t('results.radar.label')}
          description={t('results.radar.description')}
          axisHeader={t('results.radar.dimension')}
          language={language}
          axes={result.dimensions.map((dimension) => ({ key: dimension.key, label: names.dimension(dimension.key) }))}
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
          {result.dimensions.map((dimension) => {
            const name = names.dimension(dimension.key);
            const currentLevel = names.level(dimension.all.level);
            return (
              <li key={dimension.key} className="dimension-card">
                <h3>{name}</h3>
                <dl className="details">
                  <dt>{t('results.dimensions.score')}</dt>
                  <dd>{number(dimension.all.score)}</dd>
                  <dt>{t('results.dimensions.level')}</dt>
                  <dd>{currentLevel ?? EMPTY}</dd>
                  <dt>{t('results.dimensions.coverage')}</dt>
                  <dd>{formatShare(dimension.all.coverage, language)}</dd>
                  <dt>{t('results.dimensions.target')}</dt>
                  <dd>
                    {names.level(dimension.target.targetLevel)}
                    {dimension.target.levelGap !== null && dimension.target.levelGap > 0
                      ? ` · ${t('results.dimensions.levelGap', { n: formatNumber(dimension.target.levelGap, language, 0) })}`
                      : null}
                  </dd>
                </dl>
                <p className={dimension.target.met ? 'target-state target-state--met' : 'target-state target-state--open'}>
                  {dimension.target.met ? t('results.dimensions.met') : t('results.dimensions.notMet')}
                </p>
                {roadmap.some((item) => item.dimension === dimension.key) ? (
                  <>
                    <h4>{t('results.dimensions.nextSteps')}</h4>
                    <ul aria-label={t('results.dimensions.nextStepsFor', { dimension: name })}>
                      {roadmap
                        .filter((item) => item.dimension === dimension.key)
                        .map((item) => (
                          <li key={item.recommendation.key}>{localized(item.recommendation.title, language)}</li>
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

      <PerceptionGapSection gap={result.perceptionGap} names={names} />

      <section className="results-section" aria-labelledby="results-roadmap-heading">
        <h2 id="results-roadmap-heading">{t('results.roadmap.heading')}</h2>
        {roadmap.length === 0 ? (
          <p>{t('results.roadmap.empty')}</p>
        ) : (
          <ol className="roadmap">
            {roadmap.map((item) => (
              <li key={`${item.rank}-${item.recommendation.key}`} className="roadmap__item">
                <h3>{localized(item.recommendation.title, language)}</h3>
                <p className="note">
                  {t('results.roadmap.meta', {
                    dimension: names.dimension(item.dimension),
                    from: names.level(item.fromLevel) ?? EMPTY,
                    to: names.level(item.targetLevel) ?? String(item.targetLevel),
                  })}
                </p>
                <p>{localized(item.recommendation.text, language)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="results-section" aria-labelledby="results-figures-heading">
        <h2 id="results-figures-heading">{t('results.figures.heading')}</h2>
        {result.publishedFigures.length === 0 ? (
          <p>{t('results.figures.empty')}</p>
        ) : (
          <ul className="figures">
            {result.publishedFigures.map((placement) => (
              <li key={placement.figure.key} className="figure-card">
                <p className="figure-card__text">{localized(placement.figure.text, language)}</p>
                <dl className="details">
                  <dt>{t('results.figures.published')}</dt>
                  <dd>{formatPercent(placement.figure.value, language)}</dd>
                  <dt>{t('results.figures.company')}</dt>
                  <dd>{formatPercent(placement.companyValue, language)}</dd>
                  <dt>{t('results.figures.difference')}</dt>
                  <dd>
                    {placement.difference === null
                      ? EMPTY
                      : t('results.figures.points', { value: formatSigned(placement.difference, language) })}
                  </dd>
                  <dt>{t('results.figures.sample')}</dt>
                  <dd>{formatNumber(placement.sampleSize, language, 0)}</dd>
                </dl>
                <p className="note">
                  {placement.figure.source.sample
                    ? t('results.figures.sourceWithSample', { ...sourceOf(placement), sample: placement.figure.source.sample })
                    : t('results.figures.source', sourceOf(placement))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
