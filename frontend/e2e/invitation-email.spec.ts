import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiToken, resetSteps, signedInAt, signInAtKeycloak, snapshot } from './support';

const MAIL = process.env.E2E_MAIL_URL ?? 'http://localhost:8025';
const MARCO = 'marco.marketing@acme.example';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';

/** The questionnaire link in Marco's invitation to this assessment, from the mail catcher's REST API. */
async function invitationLink(request: APIRequestContext, email: string, assessmentId: number): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
        if (!response.ok()) return undefined;
        const messages = (await response.json()) as { mimeMessage: string }[];
        for (const message of messages) {
          const raw = message.mimeMessage.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
          const found = raw.match(new RegExp(`https?://[^\\s"<>]+/assessments/${assessmentId}/questionnaire`));
          if (found) link = found[0];
        }
        return link;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return link!;
}

/**
 * The invitation email against the real stack: Anna opens an assessment with Marco as respondent in the
 * browser; the backend's outbox sends Marco's invitation to the run command's mail catcher; Marco follows the
 * link, signs in and answers. The manage page shows the mail as sent, at both widths in both languages.
 */
test('opening an assessment emails the respondent, who follows the link and answers', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  test.setTimeout(300_000);
  const admin = await apiToken(request, 'anna.admin@acme.example');
  const headers = { Authorization: `Bearer ${admin}` };
  const title = `Invitation email ${Date.now()}`;
  const created = await request.post('/api/v1/assessments', { headers, data: { title } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  expect(
    (await request.post(`/api/v1/assessments/${id}/respondents`, { headers, data: { userId: MARCO_ID } })).ok(),
  ).toBeTruthy();

  // Anna opens it in the browser
  const anna = await signedInAt(browser, testInfo, 'anna.admin@acme.example', 1366, 'en-US');
  await anna.goto(`/assessments/${id}/manage`);
  const row = anna.getByRole('row', { name: /Marco/ });
  await expect(row).toContainText('Sent when the assessment opens');
  await anna.getByRole('button', { name: 'Open for answers' }).click();

  // the invitation reaches the catcher; the manage page follows its state until it is sent
  const link = await invitationLink(request, MARCO, id);
  expect(link).toBe(`http://localhost:8080/assessments/${id}/questionnaire`);
  await expect(row).toContainText(/Sent\s*on /, { timeout: 30_000 });
  await anna.screenshot({ path: testInfo.outputPath('manage-mail-en-1366.png'), fullPage: true });
  await anna.context().close();

  for (const [lang, locale, sent] of [
    ['en', 'en-US', /Sent\s*on /],
    ['it', 'it-IT', /Inviata\s*il /],
  ] as const) {
    for (const width of lang === 'en' ? [390] : [1366, 390]) {
      const page = await signedInAt(browser, testInfo, 'anna.admin@acme.example', width, locale);
      await page.goto(`/assessments/${id}/manage`);
      await expect(page.getByRole('row', { name: /Marco/ })).toContainText(sent);
      const right = await page.locator('table').evaluate((t) => t.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      await page.screenshot({ path: testInfo.outputPath(`manage-mail-${lang}-${width}.png`), fullPage: true });
      await page.context().close();
    }
  }

  // Marco follows the link, signs in and answers
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const marco: Page = await context.newPage();
  await marco.goto(link);
  const signIn = marco.getByRole('button', { name: /^(Sign in|Accedi)$/ });
  await expect(signIn).toBeVisible();
  await signIn.click();
  await signInAtKeycloak(marco, testInfo, MARCO);
  await expect(marco.getByRole('banner')).toBeVisible();
  if (!new URL(marco.url()).pathname.endsWith(`/assessments/${id}/questionnaire`)) {
    await marco.goto(link);
  }
  const firstQuestion = marco.getByRole('radiogroup').first();
  await expect(firstQuestion).toBeVisible();
  await firstQuestion.getByRole('radio').nth(2).check();
  await expect(marco.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  await snapshot(marco, testInfo, 'answered-from-the-email');
  await context.close();
});
