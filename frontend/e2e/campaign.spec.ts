import { expect, test, type APIRequestContext } from '@playwright/test';
import { api, resetSteps, signedInAt, signInAtKeycloak, snapshot } from './support';

/**
 * Issue 14, items 1, 3 and 4 in the browser: the admin sets a due date at creation and a reminder schedule on the
 * manage page, sees the days left and the completion by business function (with the gap warning), reminds a
 * respondent, who follows the reminder email's link from the mail catcher and answers; the respondent sees the due
 * date on the home page and in the questionnaire. Screens at 1366 and
 * 390 px wide, in English and Italian.
 */

const ANNA = 'anna.admin@acme.example';
const MARCO = 'marco.marketing@acme.example';
const IVAN = 'ivan.it@acme.example';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';
const IVAN_ID = '11111111-0000-4000-8000-000000000003';
const MAIL = process.env.E2E_MAIL_URL ?? 'http://localhost:8025';

/** The questionnaire link of the reminder (not the invitation) to this assessment, from the mail catcher's REST API. */
async function reminderLink(request: APIRequestContext, email: string, assessmentId: number): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
        if (!response.ok()) return undefined;
        const messages = (await response.json()) as { mimeMessage: string }[];
        for (const message of messages) {
          const raw = message.mimeMessage
            .replace(/\r?\n[ \t]+/g, ' ')
            .replace(/=\r?\n/g, '')
            .replace(/=3D/g, '=');
          if (!/^Subject: Reminder: your answers/m.test(raw)) continue;
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

/** Today + days as YYYY-MM-DD in the campaigns' zone (Europe/Rome). */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

test('the admin sets a due date and reminders, sees days left and completion by function; the respondent sees the due date', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(600_000);
  resetSteps();
  const title = `Campaign ${Date.now()}`;
  const due = dayFromToday(7);

  // the admin creates the assessment with a due date in the browser
  const anna = await signedInAt(browser, testInfo, ANNA, 1366, 'en-US');
  await anna.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await anna.getByLabel('Due date (optional)').fill(due);
  await anna.getByRole('button', { name: 'Create' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const id = Number(new URL(anna.url()).pathname.split('/')[2]);
  await expect(anna.getByText('7 days left')).toBeVisible();

  // marco (marketing) and ivan (IT) are invited, it opens, ivan submits
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, { userId: MARCO_ID });
  await api(request, ANNA, 'POST', `/assessments/${id}/respondents`, { userId: IVAN_ID });
  await api(request, ANNA, 'POST', `/assessments/${id}/open`, {});
  await api(request, IVAN, 'POST', `/assessments/${id}/submit`, {});
  await anna.reload();

  // the reminder schedule: first 3 days before the due date, then every 2 days
  await anna.getByRole('checkbox', { name: 'Close automatically at the due date' }).check();
  await anna.getByRole('checkbox', { name: 'Send reminders to respondents who have not submitted' }).check();
  await anna.getByLabel('First reminder, days before the due date').fill('3');
  await anna.getByLabel('Then every how many days').fill('2');
  await anna.getByRole('button', { name: 'Save due date and reminders' }).click();
  await expect(anna.getByText('Due date and reminders saved.')).toBeVisible();
  await expect(anna.getByText(/Next scheduled reminder:/)).toBeVisible();
  const saved = await api(request, ANNA, 'GET', `/assessments/${id}`);
  expect(saved.schedule).toMatchObject({ dueDate: due, autoClose: true, reminderDaysBefore: 3, reminderEveryDays: 2 });

  // completion by function, with the warning (no submitted marketing respondent yet)
  await expect(anna.getByText('Marketing 0 of 1 submitted')).toBeVisible();
  await expect(anna.getByText('IT 1 of 1 submitted')).toBeVisible();
  await expect(anna.getByText(/gap cannot be computed yet/)).toBeVisible();

  // remind now: marco once; the second time the same day is skipped
  await anna.getByRole('button', { name: 'Remind Marco Marketing' }).click();
  await expect(anna.getByText('1 reminders queued, 0 skipped.')).toBeVisible();
  await anna.getByRole('button', { name: 'Remind all who have not submitted' }).click();
  await expect(anna.getByText(/0 reminders queued, 1 skipped\./)).toBeVisible();
  await snapshot(anna, testInfo, 'manage-reminded');
  await anna.context().close();

  // the reminder reaches the mail catcher; Marco follows its link, signs in and answers
  const link = await reminderLink(request, MARCO, id);
  expect(link).toBe(`http://localhost:8080/assessments/${id}/questionnaire`);
  const reminded = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const fromMail = await reminded.newPage();
  await fromMail.goto(link);
  await fromMail.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await signInAtKeycloak(fromMail, testInfo, MARCO);
  await expect(fromMail.getByRole('banner')).toBeVisible();
  if (!new URL(fromMail.url()).pathname.endsWith(`/assessments/${id}/questionnaire`)) await fromMail.goto(link);
  const firstQuestion = fromMail.getByRole('radiogroup').first();
  await firstQuestion.getByRole('radio').nth(1).check();
  await expect(fromMail.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  await snapshot(fromMail, testInfo, 'answered-from-the-reminder');
  await reminded.close();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['it', 'it-IT'],
  ] as const) {
    for (const width of [1366, 390]) {
      // the admin's manage page and home
      const admin = await signedInAt(browser, testInfo, ANNA, width, locale);
      const card = admin.getByRole('listitem').filter({ hasText: title });
      await expect(card).toContainText(lang === 'en' ? 'Marketing 0 of 1 submitted' : 'Marketing 0 su 1 inviati');
      await expect(card).toContainText(lang === 'en' ? '7 days left' : 'mancano 7 giorni');
      await admin.screenshot({ path: testInfo.outputPath(`home-admin-${lang}-${width}.png`), fullPage: true });
      await admin.goto(`/assessments/${id}/manage`);
      await expect(admin.getByText(lang === 'en' ? '7 days left' : 'mancano 7 giorni').first()).toBeVisible();
      await expect(admin.getByText(lang === 'en' ? 'IT 1 of 1 submitted' : 'IT 1 su 1 inviati')).toBeVisible();
      // the campaign sections stay inside the page, also on a phone (the respondents table is wider: not ours)
      const rights = await admin.evaluate(() =>
        [...document.querySelectorAll('.completion, .due-note, .reminders__list, .schedule__reminders, form')].map(
          (e) => e.getBoundingClientRect().right,
        ),
      );
      expect(Math.max(...rights)).toBeLessThanOrEqual(width);
      await admin.screenshot({ path: testInfo.outputPath(`manage-${lang}-${width}.png`), fullPage: true });
      await admin.context().close();

      // the respondent: the due date on the home page and in the questionnaire
      const marco = await signedInAt(browser, testInfo, MARCO, width, locale);
      const item = marco.getByRole('listitem').filter({ hasText: title });
      await expect(item).toContainText(lang === 'en' ? 'Due by' : 'Scadenza:');
      await expect(item).toContainText(lang === 'en' ? '7 days left' : 'mancano 7 giorni');
      await marco.screenshot({ path: testInfo.outputPath(`home-respondent-${lang}-${width}.png`), fullPage: true });
      await marco.goto(`/assessments/${id}/questionnaire`);
      await expect(marco.locator('.due-note')).toContainText(lang === 'en' ? '7 days left' : 'mancano 7 giorni');
      await marco.screenshot({ path: testInfo.outputPath(`wizard-${lang}-${width}.png`), fullPage: true });
      await marco.context().close();
    }
  }
});
