import { expect, test } from '@playwright/test';
import { apiToken, fitsWidth, language, resetSteps, signedIn, snapshot } from './support';

const MARCO_ID = '11111111-0000-4000-8000-000000000002';

test('anonymity: the admin ticks it when creating; the respondent is told before answering (EN/IT, 1366 and 390 px)', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  resetSteps();
  const title = `Anonymous pulse ${Date.now()}`;

  // an open anonymous assessment for marco, set up through the API
  const token = await apiToken(request, 'anna.admin@acme.example');
  const headers = { Authorization: `Bearer ${token}` };
  const created = await request.post('/api/v1/assessments', { headers, data: { title, anonymous: true } });
  expect(created.status()).toBe(201);
  const id = String((await created.json()).id);
  expect(
    (
      await request.post(`/api/v1/assessments/${id}/respondents`, {
        headers,
        data: { userId: MARCO_ID, businessFunction: 'marketing' },
      })
    ).ok(),
  ).toBeTruthy();
  expect((await request.post(`/api/v1/assessments/${id}/open`, { headers, data: {} })).ok()).toBeTruthy();

  // the admin's form: the checkbox and its explanation
  const anna = await signedIn(browser, testInfo, 'anna.admin@acme.example');
  for (const width of [1366, 390]) {
    await anna.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'it'] as const) {
      await language(anna, lang);
      const box = anna.getByRole('checkbox', { name: lang === 'en' ? 'Anonymous assessment' : 'Valutazione anonima' });
      await box.check();
      await expect(box).toBeChecked();
      await box.scrollIntoViewIfNeeded();
      await fitsWidth(
        anna.getByText(lang === 'en' ? /^Nobody, not even administrators/ : /^Nessuno, nemmeno gli/),
        width,
      );
      await fitsWidth(box, width);
      await snapshot(anna, testInfo, `create-form-${lang}-${width}`);
      await box.uncheck();
    }
    await language(anna, 'en');
  }

  // the respondent: told on the home list and at the questionnaire's start
  const marco = await signedIn(browser, testInfo, 'marco.marketing@acme.example');
  for (const width of [1366, 390]) {
    await marco.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'it'] as const) {
      await marco.goto('/');
      await language(marco, lang);
      const card = marco.getByRole('listitem').filter({ hasText: title });
      await expect(card).toContainText(
        lang === 'en'
          ? 'Anonymous: nobody, not even your administrators, can see which answers are yours.'
          : 'Anonima: nessuno, nemmeno i tuoi amministratori, può vedere quali risposte sono tue.',
      );
      await card.scrollIntoViewIfNeeded();
      await fitsWidth(card, width);
      await snapshot(marco, testInfo, `home-notice-${lang}-${width}`);
      await marco.goto(`/assessments/${id}/questionnaire`);
      const note = marco.getByRole('note');
      await expect(note).toContainText(lang === 'en' ? 'Anonymous assessment' : 'Valutazione anonima');
      await fitsWidth(note, width);
      await snapshot(marco, testInfo, `wizard-notice-${lang}-${width}`);
    }
  }
});
