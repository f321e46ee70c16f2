import { expect, test, type APIRequestContext } from '@playwright/test';
import { api, resetSteps, signedInAt, snapshot } from './support';

/**
 * Issue 23, items 4 and 5 in the browser: the results page shows exactly the texts the API's display carries
 * (the same function makes the PDF: ResultsTruthApiTest compares display and PDF text), the verdict's
 * "held back by" stands beside cards that say so, and with one marketing and one IT respondent no figure of
 * either function is on a respondent's screen, while the tenant admin reads the CMO–CIO gap with each side marked
 * "one respondent". Screens at 1366 and 390 px wide, in English and Italian.
 */

type Display = {
  verdict: { state: string; headline: string; explanation: string; heldBackBy: string | null };
  overall: { score: string; level: string; coverage: string };
  dimensions: { key: string; name: string; score: string; level: string; gap: string; gate: string | null }[];
  roadmap: { step: string; title: string }[];
  gap: {
    alignmentIndex: string;
    alignmentSingle: boolean;
    dimensions: {
      name: string;
      marketing: string;
      it: string;
      gap: string;
      marketingSingle: boolean;
      itSingle: boolean;
    }[];
  };
  singleMark: string;
};

const ANNA = 'anna.admin@acme.example';
const MARCO = 'marco.marketing@acme.example';
const IVAN = 'ivan.it@acme.example';

async function answerAll(request: APIRequestContext, email: string, id: number, top: boolean) {
  const questionnaire = await api(request, email, 'GET', `/assessments/${id}/questionnaire`);
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const option = question.options[top ? question.options.length - 1 : 0].key;
      await api(request, email, 'PUT', `/assessments/${id}/answers/${question.key}`, {
        optionKey: option,
        baseRevision: 0,
      });
    }
  }
}

test('the results page says what the display (and so the PDF) says, hides single respondents from respondents, marks them for the admin', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  test.setTimeout(600_000); // eight sign-ins: a respondent and the admin, two widths, two languages
  const { id } = await api(request, ANNA, 'POST', '/assessments', { title: `Truth in the browser ${Date.now()}` });
  await api(request, ANNA, 'PUT', `/assessments/${id}/targets`, { targets: { sales: 3 } });
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, {
    userId: '11111111-0000-4000-8000-000000000002',
  });
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, {
    userId: '11111111-0000-4000-8000-000000000003',
  });
  await api(request, ANNA, 'POST', `/assessments/${id}/open`, {});
  await answerAll(request, MARCO, id, true);
  await answerAll(request, IVAN, id, false);
  await api(request, ANNA, 'POST', `/assessments/${id}/close`, {});

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['it', 'it-IT'],
  ] as const) {
    const display: Display = (await api(request, MARCO, 'GET', `/assessments/${id}/results?lang=${lang}`)).display;
    for (const width of [1366, 390]) {
      const page = await signedInAt(browser, testInfo, MARCO, width, locale);
      await page.goto(`/assessments/${id}/results`);
      const overall = page.getByRole('region', { name: lang === 'en' ? 'Overall' : 'Quadro complessivo' });
      await expect(overall.getByText(display.verdict.headline, { exact: true })).toBeVisible();
      await expect(overall.getByText(display.verdict.explanation, { exact: true })).toBeVisible();
      await expect(overall).toContainText(display.overall.score);
      await expect(overall).toContainText(display.overall.level);
      for (const d of display.dimensions) {
        const card = page.getByRole('heading', { level: 3, name: d.name, exact: true }).locator('xpath=..');
        await expect(card).toContainText(d.score);
        await expect(card).toContainText(d.level);
        await expect(card).toContainText(d.gap);
        if (d.gate) await expect(card).toContainText(d.gate);
      }
      for (const step of display.roadmap) {
        await expect(page.getByText(step.step, { exact: false }).first()).toBeVisible();
      }
      // the single marketing and IT respondents: their figures are hidden on screen as in the API
      const heatmap = page.locator('table.heatmap');
      const hidden = lang === 'en' ? 'hidden: fewer than 3 respondents' : 'nascosto: meno di 3 rispondenti';
      await expect(heatmap.getByRole('cell', { name: hidden }).first()).toBeVisible();
      await expect(heatmap.getByRole('cell', { name: /^\+100/ })).toHaveCount(0);
      // the heat-map stays inside the page, also on a phone
      const right = await heatmap.evaluate((table) => (table.parentElement ?? table).getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`results-${lang}-${width}.png`), fullPage: true });
      await snapshot(page, testInfo, `results-${lang}-${width}`);
      await page.context().close();
    }

    // the tenant admin: the same single respondents' figures are there, each marked as one person's view
    const admin: Display = (await api(request, ANNA, 'GET', `/assessments/${id}/results?lang=${lang}`)).display;
    expect(admin.singleMark).toBe(lang === 'en' ? 'one respondent' : 'un solo rispondente');
    expect(admin.gap.alignmentSingle).toBe(true);
    for (const width of [1366, 390]) {
      const page = await signedInAt(browser, testInfo, ANNA, width, locale);
      await page.goto(`/assessments/${id}/results`);
      const heatmap = page.locator('table.heatmap');
      for (const d of admin.gap.dimensions) {
        expect(d.marketingSingle && d.itSingle, d.name).toBe(true);
        const row = heatmap.locator('tr').filter({ has: page.getByRole('rowheader', { name: d.name, exact: true }) });
        await expect(row.getByRole('cell').nth(0)).toHaveText(`${d.marketing} (${admin.singleMark})`);
        await expect(row.getByRole('cell').nth(1)).toHaveText(`${d.it} (${admin.singleMark})`);
        await expect(row.getByRole('cell').nth(2)).toHaveText(d.gap);
      }
      await expect(heatmap.getByRole('cell', { name: /^\+\d/ }).first()).toBeVisible();
      await expect(page.locator('.alignment')).toContainText(`${admin.gap.alignmentIndex} (${admin.singleMark})`);
      const right = await heatmap.evaluate((table) => (table.parentElement ?? table).getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`results-admin-${lang}-${width}.png`), fullPage: true });
      await snapshot(page, testInfo, `results-admin-${lang}-${width}`);
      await page.context().close();
    }
  }
});
