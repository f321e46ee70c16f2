import { expect, test, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { apiToken, resetSteps, signInAtKeycloak, snapshot } from './support';

const MAIL = process.env.E2E_MAIL_URL ?? 'http://localhost:8025';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';
const WIDTHS = [390, 1366] as const;

/** An open assessment of Acme with one respondent without an account; the admin adds them through the API. */
async function openAssessmentWithExternal(request: APIRequestContext, email: string) {
  const headers = { Authorization: `Bearer ${await apiToken(request, 'anna.admin@acme.example')}` };
  const title = `Partner survey ${Date.now()}`;
  const created = await request.post('/api/v1/assessments', { headers, data: { title } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  expect(
    (await request.post(`/api/v1/assessments/${id}/respondents`, { headers, data: { userId: MARCO_ID } })).ok(),
  ).toBeTruthy();
  expect((await request.post(`/api/v1/assessments/${id}/open`, { headers, data: {} })).ok()).toBeTruthy();
  const added = await request.post(`/api/v1/assessments/${id}/external-respondents`, {
    headers,
    data: { email, name: 'Paola Partner', businessFunction: 'it', language: 'it' },
  });
  expect(added.status()).toBe(201);
  return { id, title, headers };
}

/** The personal link in the newest email to this address, from the mail catcher's REST API (GreenMail). */
async function personalLink(request: APIRequestContext, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
        if (!response.ok()) return undefined;
        const messages = (await response.json()) as { mimeMessage: string }[];
        const raw = (messages.at(-1)?.mimeMessage ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        link = raw.match(/https?:\/\/[^\s"<>]+\/respond\/[A-Za-z0-9_-]{43}/)?.[0];
        return link;
      },
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return link!;
}

/** A browser without any sign-in, in the given language. */
async function anonymousPage(browser: Browser, locale: string, width: number): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  return context.newPage();
}

test('a respondent without an account answers through the personal link from the email', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  const email = `paola.${Date.now()}@partner.example`;
  const { id, title, headers } = await openAssessmentWithExternal(request, email);
  const link = await personalLink(request, email);

  const page = await anonymousPage(browser, 'it-IT', 1366);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /accedi|sign in/i })).toHaveCount(0); // no sign-in anywhere
  const first = page.getByRole('radiogroup').first();
  await first.getByRole('radio').nth(1).check();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Salvat|Saved/ })
      .first(),
  ).toBeVisible();
  await snapshot(page, testInfo, 'link-answered');
  await page.reload();
  await expect(page.getByRole('radiogroup').first().getByRole('radio').nth(1)).toBeChecked();

  // the admin sees one answer of the respondent without an account
  const listed = (await (await request.get(`/api/v1/assessments/${id}/external-respondents`, { headers })).json()) as {
    answered: number;
    mail: { status: string };
  }[];
  expect(listed[0]?.answered).toBe(1);
  expect(listed[0]?.mail.status).toBe('SENT');
});

test('the manage section of respondents without an account, and a dead link, in English and Italian', async ({
  page,
  browser,
  request,
}, testInfo: TestInfo) => {
  resetSteps();
  const { id } = await openAssessmentWithExternal(request, `paola.${Date.now()}@partner.example`);

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signInAtKeycloak(page, testInfo, 'anna.admin@acme.example');
  await expect(page.getByRole('navigation', { name: /main|principale/i })).toBeVisible();
  await page.goto(`/assessments/${id}/manage`);
  const section = page.getByRole('region', { name: 'Respondents without an account', exact: true });
  await expect(section.getByText('Paola Partner')).toBeVisible();
  await expect(section.getByRole('textbox', { name: /Email/ })).toBeVisible();
  for (const language of ['en', 'it'] as const) {
    if (language === 'it') {
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('it');
      await expect(page.getByRole('region', { name: 'Rispondenti senza account', exact: true })).toBeVisible();
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page
        .getByRole('heading', { name: /Respondents without an account|Rispondenti senza account/ })
        .scrollIntoViewIfNeeded();
      await snapshot(page, testInfo, `manage-links-${language}-${width}`);
    }
  }
  // the confirmation before a revoke
  await page.getByRole('button', { name: 'Revoca il link' }).first().click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await snapshot(page, testInfo, 'manage-revoke-confirm-it');
  await page.getByRole('button', { name: 'Annulla' }).click();

  // a guessed link, without signing in: one message, nothing of any questionnaire
  for (const [locale, text] of [
    ['en-US', 'This link does not work'],
    ['it-IT', 'Questo link non funziona'],
  ] as const) {
    for (const width of WIDTHS) {
      const anonymous = await anonymousPage(browser, locale, width);
      await anonymous.goto('/respond/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await expect(anonymous.getByRole('alert')).toContainText(text);
      await snapshot(anonymous, testInfo, `dead-link-${locale}-${width}`);
      await anonymous.context().close();
    }
  }
});
