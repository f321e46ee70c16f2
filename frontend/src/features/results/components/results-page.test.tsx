import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Framework } from '@/features/frameworks';
import type { AssessmentResults, GapLine, GroupScore, ResultDisplay } from '@/features/results/api/get-results';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/fetch-stub';
import { looseFixture } from '@/testing/fixture';
import { renderWithProviders } from '@/testing/test-utils';
import type { AssessmentBenchmark } from '@/features/results/api/get-benchmark';
import { ResultsPage } from './results-page';

const group = (score: number | null, level: number | null, coverage = 1): GroupScore => ({
  score,
  coverage,
  level,
  respondentSpread: null,
});

const target = (targetLevel: number, currentLevel: number, met = false) => ({
  targetLevel,
  currentLevel,
  levelGap: met ? 0 : targetLevel - currentLevel,
  scoreGap: null,
  priority: met ? 0 : 1,
  met,
});

const framework = (language: 'en' | 'it'): Framework =>
  looseFixture<Framework>({
    key: 'social-maturity',
    version: '1',
    language,
    title: 'Social Maturity',
    levels: [
      {
        level: 1,
        key: 'initial',
        name: language === 'en' ? 'Initial' : 'Iniziale',
        description: null,
        from: 0,
        to: 20,
      },
      {
        level: 2,
        key: 'aware',
        name: language === 'en' ? 'Aware' : 'Consapevole',
        description: null,
        from: 20,
        to: 40,
      },
      {
        level: 3,
        key: 'defined',
        name: language === 'en' ? 'Defined' : 'Definito',
        description: null,
        from: 40,
        to: 60,
      },
      {
        level: 4,
        key: 'managed',
        name: language === 'en' ? 'Managed' : 'Gestito',
        description: null,
        from: 60,
        to: 80,
      },
      { level: 5, key: 'social', name: language === 'en' ? 'Social' : 'Sociale', description: null, from: 80, to: 100 },
    ],
    dimensions: [
      {
        key: 'listening',
        businessArea: 'marketing',
        weight: 1,
        name: language === 'en' ? 'Social listening' : 'Ascolto social',
        description: null,
        questions: [
          { key: 'L1', title: language === 'en' ? 'Do you monitor conversations?' : 'Monitorate le conversazioni?' },
          { key: 'L2', title: 'Do you act on what you hear?' },
        ],
      },
      {
        key: 'collaboration',
        businessArea: 'collaboration',
        weight: 1,
        name: language === 'en' ? 'Internal collaboration' : 'Collaborazione interna',
        description: null,
        questions: [{ key: 'C1', title: 'Do teams share knowledge?' }],
      },
      {
        key: 'service',
        businessArea: 'service',
        weight: 1,
        name: 'Customer service',
        description: null,
        questions: [{ key: 'S1', title: 'Do you answer on social channels?' }],
      },
    ],
  });

/** What the server formats (backend ResultDisplay); deliberately unlike what the browser would write itself. */
function display(language: 'en' | 'it'): ResultDisplay {
  const en = language === 'en';
  const line = (
    key: string,
    name: string,
    marketing: string,
    it: string,
    gap: string,
    size: GapLine['size'],
    dimension = key,
  ) => ({
    key,
    dimension,
    name,
    marketing,
    it,
    gap,
    size,
    alignmentIndex: '—',
    note: '',
    hidden: it.startsWith('hidden') || it.startsWith('nascosto'),
    marketingHidden: false,
    itHidden: it.startsWith('hidden') || it.startsWith('nascosto'),
    marketingSingle: false,
    itSingle: false,
    alignmentSingle: false,
  });
  return {
    language,
    verdict: {
      state: 'NOT_ENABLED',
      headline: en ? 'Not yet socially enabled' : 'Non ancora socially enabled',
      explanation: en
        ? 'Internal collaboration holds the company back: it is at level 2 · Aware, below the 3 · Defined every business area needs to be socially enabled.'
        : 'Collaborazione interna frena l’azienda: è al livello 2 · Consapevole.',
      heldBackBy: en ? 'Internal collaboration' : 'Collaborazione interna',
    },
    overall: {
      score: en ? '52.3' : '52,3',
      level: en ? '3 · Defined' : '3 · Definito',
      levelDescription: '',
      coverage: '90%',
      weakest: 'Internal collaboration',
    },
    dimensions: [
      {
        key: 'listening',
        name: en ? 'Social listening' : 'Ascolto social',
        businessArea: true,
        score: '71.5',
        level: '4 · Managed',
        levelDescription: '',
        coverage: '100%',
        target: '4 · Managed',
        targetMet: true,
        gap: en ? 'Reached' : 'Raggiunto',
        gate: null,
        holdsBack: false,
        spread: '—',
      },
      {
        key: 'collaboration',
        name: en ? 'Internal collaboration' : 'Collaborazione interna',
        businessArea: true,
        score: '30.0',
        level: '2 · Aware',
        levelDescription: '',
        coverage: '75%',
        target: '4 · Managed',
        targetMet: false,
        gap: '2 levels (30.0 pts)',
        gate: 'Holds the company back: below 3 · Defined, the level every business area needs to be socially enabled',
        holdsBack: true,
        spread: '—',
      },
      {
        key: 'service',
        name: 'Customer service',
        businessArea: true,
        score: '55.0',
        level: '3 · Defined',
        levelDescription: '',
        coverage: '100%',
        target: '4 · Managed',
        targetMet: true,
        gap: en ? 'Reached' : 'Raggiunto',
        gate: null,
        holdsBack: false,
        spread: '—',
      },
    ],
    roadmap: [
      {
        rank: 2,
        dimension: 'service',
        dimensionName: 'Customer service',
        title: en ? 'Answer customers where they are' : 'Rispondete ai clienti dove si trovano',
        text: 'Staff the social channels.',
        step: 'From 3 · Defined to 4 · Managed',
        target: null,
      },
      {
        rank: 1,
        dimension: 'collaboration',
        dimensionName: en ? 'Internal collaboration' : 'Collaborazione interna',
        title: en ? 'Open an internal social network' : 'Aprite un social network interno',
        text: 'Start with one community per team.',
        step: 'From 2 · Aware to 3 · Defined',
        target: 'target 4 · Managed',
      },
    ],
    gap: {
      alignmentIndex: '81',
      alignmentNote:
        '100 = marketing and IT see the company the same way; from 3 questions answered by 3 marketing and 2 IT respondents.',
      marketingRespondents: 3,
      itRespondents: 2,
      dimensions: [
        line('listening', en ? 'Social listening' : 'Ascolto social', '75.0', '62.5', en ? '+12.5' : '+12,5', 'medium'),
        line(
          'collaboration',
          en ? 'Internal collaboration' : 'Collaborazione interna',
          '25.0',
          '40.0',
          '−15.0',
          'medium',
        ),
        line(
          'service',
          'Customer service',
          '55.0',
          en ? 'hidden: fewer than 3 respondents' : 'nascosto: meno di 3 rispondenti',
          '—',
          'none',
        ),
      ],
      questions: [
        line('L1', 'Do you monitor conversations?', '80.0', '60.0', '+20.0', 'high', 'listening'),
        line('L2', 'Do you act on what you hear?', '50.0', '—', '—', 'none', 'listening'),
        line('C1', 'Do teams share knowledge?', '25.0', '40.0', '−15.0', 'medium', 'collaboration'),
      ],
      alignmentSingle: false,
    },
    figures: [
      {
        key: 'oracle.collab.frequent.it',
        text: en
          ? '26% of IT departments report frequent collaboration with marketing.'
          : 'Il 26% dei reparti IT dichiara una collaborazione frequente con il marketing.',
        published: '26%',
        company: '50%',
        difference: '+24.0 pts',
        assessment: 'Better than published',
        basis: '1 of 2 IT respondents',
        hidden: false,
        single: false,
      },
    ],
    privacyMinimum: 3,
    privacyRule: en
      ? 'Figures of a business function are shown only when at least 3 of its respondents answered: fewer could reveal individual answers.'
      : 'I dati di una funzione aziendale sono mostrati solo se hanno risposto almeno 3 suoi rispondenti.',
    singleMark: en ? 'one respondent' : 'un solo rispondente',
    single: false,
  };
}

/**
 * What a tenant admin reads for one CMO and one CIO (backend MANAGERS rule): every marketing and IT figure is
 * shown and flagged as resting on one respondent, and so are the index and a placement from one person.
 */
function singleDisplay(language: 'en' | 'it'): ResultDisplay {
  const base = display(language);
  const en = language === 'en';
  const mark = (line: GapLine): GapLine => {
    const it = line.itHidden ? '62.5' : line.it;
    return {
      ...line,
      it,
      hidden: false,
      itHidden: false,
      marketingSingle: line.marketing !== '—',
      itSingle: it !== '—',
      alignmentSingle: line.alignmentIndex !== '—',
    };
  };
  return {
    ...base,
    gap: {
      ...base.gap,
      marketingRespondents: 1,
      itRespondents: 1,
      dimensions: base.gap.dimensions.map(mark),
      questions: base.gap.questions.map(mark),
      alignmentSingle: true,
    },
    figures: base.figures.map((figure) => ({
      ...figure,
      basis: en ? '1 of 1 IT respondents' : '1 su 1 rispondenti IT',
      single: true,
    })),
    privacyMinimum: 1,
    privacyRule: en
      ? 'Figures of a business function are shown from one respondent; one marked “one respondent” is that person’s view, not a group’s.'
      : 'I dati di una funzione aziendale sono mostrati da un rispondente; quelli segnati “un solo rispondente” sono il punto di vista di una persona.',
    single: true,
  };
}

const results: AssessmentResults = {
  assessmentId: 1,
  status: 'CLOSED',
  live: false,
  computedAt: '2026-11-20T10:00:00Z',
  anonymous: false,
  result: {
    frameworkKey: 'social-maturity',
    frameworkVersion: 1,
    respondentCount: 6,
    overall: {
      score: 52.25,
      coverage: 0.9,
      level: 3,
      weakestAreas: ['collaboration'],
      unscoredAreas: [],
      sociallyEnabled: false,
      sociallyEnabledLevel: 3,
    },
    dimensions: [
      {
        key: 'listening',
        businessArea: true,
        weight: 1,
        all: group(71.5, 4),
        byFunction: {},
        target: target(4, 4, true),
      },
      {
        key: 'collaboration',
        businessArea: true,
        weight: 1,
        all: group(30, 2, 0.75),
        byFunction: {},
        target: target(4, 2),
      },
      { key: 'service', businessArea: true, weight: 1, all: group(55, 3), byFunction: {}, target: target(4, 3) },
    ],
    questions: [],
    respondents: [],
    perceptionGap: {
      marketingRespondents: 3,
      itRespondents: 2,
      alignmentIndex: 81.4,
      comparedQuestions: 3,
      questions: [
        {
          questionKey: 'L1',
          dimension: 'listening',
          perspective: 'COMPANY',
          marketing: 80,
          it: 60,
          gap: 20,
          marketingCount: 3,
          itCount: 2,
          inAlignmentIndex: true,
        },
        {
          questionKey: 'L2',
          dimension: 'listening',
          perspective: 'COMPANY',
          marketing: 50,
          it: null,
          gap: null,
          marketingCount: 3,
          itCount: 0,
          inAlignmentIndex: false,
        },
        {
          questionKey: 'C1',
          dimension: 'collaboration',
          perspective: 'COMPANY',
          marketing: 25,
          it: 40,
          gap: -15,
          marketingCount: 3,
          itCount: 2,
          inAlignmentIndex: true,
        },
      ],
      dimensions: [
        {
          dimension: 'listening',
          marketing: 75,
          it: 62.5,
          gap: 12.5,
          meanAbsoluteGap: 20,
          alignmentIndex: 80,
          comparedQuestions: 1,
        },
        {
          dimension: 'collaboration',
          marketing: 25,
          it: 40,
          gap: -15,
          meanAbsoluteGap: 15,
          alignmentIndex: 85,
          comparedQuestions: 1,
        },
        {
          dimension: 'service',
          marketing: 55,
          it: null,
          gap: null,
          meanAbsoluteGap: null,
          alignmentIndex: null,
          comparedQuestions: 0,
        },
      ],
    },
    roadmap: [
      {
        rank: 2,
        dimension: 'service',
        fromLevel: 3,
        targetLevel: 4,
        priority: 1,
        recommendation: {
          key: 'service.4',
          dimension: 'service',
          level: 4,
          title: { en: 'Answer customers where they are', it: 'Rispondete ai clienti dove si trovano' },
          text: { en: 'Staff the social channels.', it: 'Presidiate i canali social.' },
        },
      },
      {
        rank: 1,
        dimension: 'collaboration',
        fromLevel: 2,
        targetLevel: 4,
        priority: 4,
        recommendation: {
          key: 'collaboration.3',
          dimension: 'collaboration',
          level: 3,
          title: { en: 'Open an internal social network', it: 'Aprite un social network interno' },
          text: { en: 'Start with one community per team.', it: 'Iniziate con una comunità per team.' },
        },
      },
    ],
    publishedFigures: [
      {
        figure: {
          key: 'oracle.collab.frequent.it',
          value: 26,
          population: 'IT',
          question: 'C1',
          options: ['all'],
          compareWith: ['IT'],
          better: 'HIGHER',
          source: { title: 'The CIO–CMO Connection', publisher: 'Oracle', year: 2013, sample: '', reportedIn: null },
          text: {
            en: '26% of IT departments report frequent collaboration with marketing.',
            it: 'Il 26% dei reparti IT dichiara una collaborazione frequente con il marketing.',
          },
        },
        companyValue: 50,
        difference: 24,
        sampleSize: 2,
        matching: 1,
      },
    ],
  },
  display: display('en'),
};

const dimensionStats = (key: string, enough: boolean, median = 50) => ({
  key,
  enoughData: enough,
  companies: enough ? 12 : null,
  p25: enough ? median - 10 : null,
  median: enough ? median : null,
  p75: enough ? median + 10 : null,
});

const benchmark: AssessmentBenchmark = {
  assessmentId: 1,
  segments: [
    {
      stats: {
        segment: { type: 'ALL', value: '' },
        frameworkKey: 'social-maturity',
        frameworkVersion: 1,
        minimumCompanies: 5,
        dimensions: [
          dimensionStats('listening', true, 40),
          dimensionStats('collaboration', true, 55),
          dimensionStats('service', true, 50),
        ],
      },
      positions: [
        { key: 'listening', score: 70, position: 'TOP_QUARTER' },
        { key: 'collaboration', score: 30, position: 'BOTTOM_QUARTER' },
        { key: 'service', score: 52.5, position: 'UPPER_MIDDLE' },
      ],
    },
    {
      stats: {
        segment: { type: 'INDUSTRY', value: 'manufacturing' },
        frameworkKey: 'social-maturity',
        frameworkVersion: 1,
        minimumCompanies: 5,
        dimensions: [
          dimensionStats('listening', false),
          dimensionStats('collaboration', false),
          dimensionStats('service', false),
        ],
      },
      positions: [
        { key: 'listening', score: 70, position: null },
        { key: 'collaboration', score: 30, position: null },
        { key: 'service', score: 52.5, position: null },
      ],
    },
  ],
};

function stubResults(language: 'en' | 'it' = 'en', shown: (language: 'en' | 'it') => ResultDisplay = display) {
  return stubFetch([
    { path: '/api/v1/assessments/1/results', respond: () => jsonResponse({ ...results, display: shown(language) }) },
    { path: '/api/v1/assessments/1/benchmark', respond: () => jsonResponse(benchmark) },
    { path: '/api/v1/frameworks/social-maturity/versions/1', respond: () => jsonResponse(framework(language)) },
  ]);
}

describe('the results page', () => {
  it('shows the verdict as the server worded it, in the UI language', async () => {
    const { requests } = stubResults();

    renderWithProviders(<ResultsPage assessmentId="1" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument();
    expect(screen.getByText(/Final results of the closed assessment, computed on Nov 20, 2026/)).toHaveTextContent(
      'Respondents: 6.',
    );
    const overall = screen.getByRole('region', { name: 'Overall' });
    // 52.25 from the engine is shown as the server rounded it (the PDF's 52.3), never re-rounded here
    expect(within(overall).getByText('52.3 out of 100')).toBeInTheDocument();
    expect(within(overall).getByText('3 · Defined')).toBeInTheDocument();
    expect(within(overall).getByText('Not yet socially enabled')).toBeInTheDocument();
    expect(within(overall).getByText(/holds the company back: it is at level 2 · Aware/)).toBeInTheDocument();
    expect(within(overall).getByText('Held back by').nextElementSibling).toHaveTextContent('Internal collaboration');
    expect(new URL(requests[0]!.url).search).toBe('?lang=en');
  });

  it('says an anonymous assessment is anonymous, and a named one nothing of it', async () => {
    stubFetch([
      {
        path: '/api/v1/assessments/1/results',
        respond: () => jsonResponse({ ...results, anonymous: true, display: display('en') }),
      },
      { path: '/api/v1/assessments/1/benchmark', respond: () => jsonResponse(benchmark) },
      { path: '/api/v1/frameworks/social-maturity/versions/1', respond: () => jsonResponse(framework('en')) },
    ]);
    const { unmount } = renderWithProviders(<ResultsPage assessmentId="1" />);
    expect(
      await screen.findByText(
        /Anonymous assessment: nobody, administrators and consultants included, sees whose answers/,
      ),
    ).toBeInTheDocument();
    unmount();

    stubResults();
    renderWithProviders(<ResultsPage assessmentId="1" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument();
    expect(screen.queryByText(/Anonymous assessment/)).not.toBeInTheDocument();
  });

  it('says there is no verdict yet when a business area has no answer', async () => {
    const empty = {
      ...results,
      status: 'OPEN' as const,
      live: true,
      display: {
        ...display('en'),
        verdict: {
          state: 'INSUFFICIENT' as const,
          headline: 'Not enough answers yet for a verdict',
          explanation: 'Nobody has answered yet: the verdict comes once every business area has a scored answer.',
          heldBackBy: null,
        },
      },
    };
    stubFetch([
      { path: '/api/v1/assessments/1/results', respond: () => jsonResponse(empty) },
      { path: '/api/v1/frameworks/social-maturity/versions/1', respond: () => jsonResponse(framework('en')) },
    ]);

    renderWithProviders(<ResultsPage assessmentId="1" />);

    expect(await screen.findByText('Not enough answers yet for a verdict')).toBeInTheDocument();
    const overall = screen.getByRole('region', { name: 'Overall' });
    expect(within(overall).queryByText(/socially enabled yet|is socially enabled/i)).toBeNull();
    expect(within(overall).queryByText('Held back by')).toBeNull();
  });

  it('draws an accessible radar and a card per dimension that tells the target from the verdict', async () => {
    stubResults();

    renderWithProviders(<ResultsPage assessmentId="1" />);

    const radar = await screen.findByRole('img', { name: 'Current score and target per dimension' });
    expect(radar).toHaveAccessibleDescription(/Radar chart/);
    const data = screen.getByRole('table', { name: 'Current score and target per dimension' });
    expect(within(data).getByRole('row', { name: 'Internal collaboration 30 60' })).toBeInTheDocument();

    const card = screen.getByRole('heading', { level: 3, name: 'Internal collaboration' }).closest('li')!;
    expect(card).toHaveTextContent('Score30.0');
    expect(card).toHaveTextContent('Coverage75%');
    expect(card).toHaveTextContent('Target level4 · Managed');
    expect(card).toHaveTextContent('Gap to target2 levels (30.0 pts)');
    expect(card).toHaveTextContent('Holds the company back: below 3 · Defined');
    const service = screen.getByRole('heading', { level: 3, name: 'Customer service' }).closest('li')!;
    expect(service).toHaveTextContent('Gap to targetReached');
    expect(service).not.toHaveTextContent('Holds the company back');
  });

  it('shows the perception gap as the server gave it, with hidden figures marked', async () => {
    stubResults();

    const { user } = renderWithProviders(<ResultsPage assessmentId="1" />);

    const heatmap = await screen.findByRole('table', { name: /Scores of marketing and IT per dimension/ });
    expect(within(heatmap).getByRole('row', { name: 'Social listening 75.0 62.5 +12.5' })).toBeInTheDocument();
    expect(within(heatmap).getByRole('row', { name: 'Internal collaboration 25.0 40.0 −15.0' })).toBeInTheDocument();
    expect(
      within(heatmap).getByRole('row', { name: 'Customer service 55.0 hidden: fewer than 3 respondents —' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Figures of a business function are shown only when at least 3/)).toBeInTheDocument();
    expect(screen.getByText('81')).toBeInTheDocument();

    await user.click(screen.getByText('Questions of Social listening'));
    const questions = screen.getByRole('table', { name: 'Questions of Social listening' });
    expect(within(questions).getByRole('row', { name: 'Do you monitor conversations? 80.0 60.0 +20.0' })).toBeVisible();
    expect(within(questions).getByRole('row', { name: 'Do you act on what you hear? 50.0 — —' })).toBeVisible();
  });

  it('shows the admin one CMO against one CIO with every such figure marked “one respondent”, in words', async () => {
    stubResults('en', singleDisplay);

    const { user } = renderWithProviders(<ResultsPage assessmentId="1" />);

    const heatmap = await screen.findByRole('table', { name: /Scores of marketing and IT per dimension/ });
    expect(
      within(heatmap).getByRole('row', { name: 'Social listening 75.0 (one respondent) 62.5 (one respondent) +12.5' }),
    ).toBeInTheDocument();
    expect(
      within(heatmap).getByRole('row', { name: 'Customer service 55.0 (one respondent) 62.5 (one respondent) —' }),
    ).toBeInTheDocument();
    expect(within(heatmap).queryByText(/hidden/)).not.toBeInTheDocument();
    expect(screen.getByText('81').parentElement).toHaveTextContent('Alignment index 81 (one respondent)');
    expect(screen.getByText(/that person’s view, not a group’s/)).toBeInTheDocument();

    await user.click(screen.getByText('Questions of Social listening'));
    const questions = screen.getByRole('table', { name: 'Questions of Social listening' });
    expect(
      within(questions).getByRole('row', {
        name: 'Do you monitor conversations? 80.0 (one respondent) 60.0 (one respondent) +20.0',
      }),
    ).toBeVisible();
    // no figure, no mark
    expect(
      within(questions).getByRole('row', { name: 'Do you act on what you hear? 50.0 (one respondent) — —' }),
    ).toBeVisible();

    const figures = screen.getByRole('region', { name: 'Compared with published studies' });
    expect(within(figures).getByText('Your company').nextElementSibling).toHaveTextContent('50% (one respondent)');
  });

  it('marks the single-respondent figures in Italian too', async () => {
    stubResults('it', singleDisplay);

    renderWithProviders(<ResultsPage assessmentId="1" />, { language: 'it' });

    const heatmap = await screen.findByRole('table', { name: /Punteggi di marketing e IT/ });
    expect(
      within(heatmap).getByRole('row', {
        name: 'Ascolto social 75.0 (un solo rispondente) 62.5 (un solo rispondente) +12,5',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('81').parentElement).toHaveTextContent('(un solo rispondente)');
  });

  it('lists the roadmap in rank order, each step from its level to the next, and the published figures', async () => {
    stubResults();

    renderWithProviders(<ResultsPage assessmentId="1" />);

    const roadmap = await screen.findByRole('region', { name: 'Roadmap' });
    expect(
      within(roadmap)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Open an internal social network', 'Answer customers where they are']);
    expect(
      within(roadmap).getByText('Internal collaboration · From 2 · Aware to 3 · Defined (target 4 · Managed)'),
    ).toBeInTheDocument();
    // the target is named only when it lies beyond the step
    expect(within(roadmap).getByText('Customer service · From 3 · Defined to 4 · Managed')).toBeInTheDocument();
    const serviceSteps = screen.getByRole('list', { name: 'Next steps for Customer service' });
    expect(
      within(serviceSteps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Answer customers where they are']);

    const figures = screen.getByRole('region', { name: 'Compared with published studies' });
    expect(within(figures).getByText(/26% of IT departments/)).toBeInTheDocument();
    expect(within(figures).getByText('Source: The CIO–CMO Connection, Oracle, 2013')).toBeInTheDocument();
    expect(within(figures).getByText('+24.0 pts')).toBeInTheDocument();
    expect(within(figures).getByText('Better than published · 1 of 2 IT respondents')).toBeInTheDocument();
  });

  it('asks the server for Italian and shows its Italian texts', async () => {
    const { requests } = stubResults('it');

    renderWithProviders(<ResultsPage assessmentId="1" />, { language: 'it' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Risultati' })).toBeInTheDocument();
    expect(screen.getByText('52,3 su 100')).toBeInTheDocument();
    expect(screen.getByText('Frenata da').nextElementSibling).toHaveTextContent('Collaborazione interna');
    const heatmap = screen.getByRole('table', { name: /Punteggi di marketing e IT/ });
    expect(within(heatmap).getByRole('row', { name: 'Ascolto social 75.0 62.5 +12,5' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Aprite un social network interno' })).toBeInTheDocument();
    expect(new URL(requests[0]!.url).search).toBe('?lang=it');
    expect(new URL(requests[1]!.url).search).toBe('?lang=it');
  });

  it('shows the server’s problem when the results are refused', async () => {
    stubFetch([
      {
        path: '/api/v1/assessments/1/results',
        respond: () =>
          problemResponse({
            title: 'Forbidden',
            status: 403,
            detail: 'The results are shown once the assessment is closed.',
          }),
      },
    ]);

    renderWithProviders(<ResultsPage assessmentId="1" />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The results could not be loaded.');
    expect(alert).toHaveTextContent('The results are shown once the assessment is closed.');
  });

  it('places a closed assessment against the population, and shows no figure for a group below the minimum', async () => {
    stubResults();
    renderWithProviders(<ResultsPage assessmentId="1" />);

    const section = await screen.findByRole('region', { name: 'Compared with similar companies' });
    expect(
      await within(section).findByRole('img', { name: 'Your scores and the median of All companies' }),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Your scores against All companies' });
    expect(within(table).getByRole('row', { name: 'Social listening 70 30 40 50 12 Top quarter' })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: 'Internal collaboration 30 45 55 65 12 Bottom quarter' }),
    ).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('radio', { name: 'Industry: manufacturing' }));
    expect(within(section).getByText(/Not enough data: fewer than 5 companies/)).toBeInTheDocument();
    expect(within(section).queryByRole('img', { name: /median/ })).not.toBeInTheDocument();
    const industry = within(section).getByRole('table', { name: 'Your scores against Industry: manufacturing' });
    expect(within(industry).getByRole('row', { name: 'Social listening 70 Not enough data' })).toBeInTheDocument();
    expect(within(industry).queryByText('40')).not.toBeInTheDocument();
  });
});
