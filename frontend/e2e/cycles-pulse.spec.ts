import { expect, test, type APIRequestContext } from '@playwright/test';
import { api, expectAccessible, resetSteps, signedInAt } from './support';

/**
 * Recurring cycles and the quarterly pulse in the browser: a full assessment, a quarterly collaboration pulse
 * and another full assessment are closed through the API; the history shows the pulse points between them with
 * the published 2013 figures, the pulse's next cycle is a draft with its repeat setting, and the new-assessment
 * form offers the pulse and the repeat choice. Screens at 1366 and 390 px, in English and Italian.
 */

const ANNA = 'anna.admin@acme.example';
const MARCO = 'marco.marketing@acme.example';
const IVAN = 'ivan.it@acme.example';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';
const IVAN_ID = '11111111-0000-4000-8000-000000000003';

type Closed = { recurrence: { next: { id: number; title: string } } | null };

async function closed(request: APIRequestContext, body: Record<string, unknown>, ivanTop: boolean): Promise<Closed> {
  const { id } = await api(request, ANNA, 'POST', '/assessments', body);
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, { userId: MARCO_ID });
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, { userId: IVAN_ID });
  await api(request, ANNA, 'POST', `/assessments/${id}/open`, {});
  for (const [email, top] of [
    [MARCO, true],
    [IVAN, ivanTop],
  ] as const) {
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
  return api(request, ANNA, 'POST', `/assessments/${id}/close`, {});
}

test('the history shows quarterly pulse points between full assessments, and a pulse repeats as a draft', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(300_000);
  resetSteps();
  const stamp = Date.now();
  await closed(request, { title: `Full before ${stamp}` }, false);
  const pulse = await closed(
    request,
    { title: `Pulse ${stamp}`, frameworkKey: 'collaboration-pulse', repeatEveryMonths: 3 },
    true,
  );
  await closed(request, { title: `Full after ${stamp}` }, true);
  const next = pulse.recurrence!.next!;
  expect(next.title).toMatch(new RegExp(`^Pulse ${stamp} · \\d{4}-Q[1-4]$`));

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['it', 'it-IT'],
  ] as const) {
    for (const width of [1366, 390]) {
      const page = await signedInAt(browser, testInfo, ANNA, width, locale);
      await page.evaluate((l) => window.localStorage.setItem('social-maturity.language', l), lang);

      await page.goto('/history');
      const heading =
        lang === 'en'
          ? 'Collaboration pulse between full assessments'
          : 'Pulse della collaborazione tra le valutazioni complete';
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const chart = page.getByRole('img', {
        name:
          lang === 'en' ? /IT: frequent collaboration with marketing/ : /IT: collaborazione frequente con il marketing/,
      });
      await expect(chart).toBeVisible();
      await expect(page.getByRole('rowheader', { name: `Pulse ${stamp}`, exact: true })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`history-pulse-${lang}-${width}.png`), fullPage: true });
      await expectAccessible(page);

      await page.goto(`/assessments/${next.id}/manage`);
      await expect(page.getByRole('heading', { level: 1, name: next.title })).toBeVisible();
      await expect(page.getByRole('combobox', { name: lang === 'en' ? 'Repeat' : 'Ripeti' })).toHaveValue('3');
      await expect(page.getByRole('link', { name: new RegExp(`^Pulse ${stamp} `) })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`manage-recurrence-${lang}-${width}.png`), fullPage: true });
      await expectAccessible(page);

      await page.goto('/');
      const framework = page.getByRole('combobox', { name: 'Framework' });
      await framework.selectOption('collaboration-pulse');
      await expect(page.getByRole('combobox', { name: lang === 'en' ? 'Repeat' : 'Ripeti' })).toHaveValue('3');
      await page.screenshot({ path: testInfo.outputPath(`new-pulse-${lang}-${width}.png`), fullPage: true });
      await page.context().close();
    }
  }
});
