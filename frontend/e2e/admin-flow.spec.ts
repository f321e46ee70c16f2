import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, resetSteps, signedIn, snapshot } from './support';

/** Answers the first questions of the current step: the top option, or the bottom one. */
async function answerFirstQuestions(page: Page, count: number, top: boolean) {
  for (let i = 0; i < count; i++) {
    const group = page.getByRole('radiogroup').nth(i);
    const radios = group.getByRole('radio');
    const options = (await radios.count()) - 1; // the last one is "don't know / not applicable"
    await radios.nth(top ? options - 1 : 0).check();
  }
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(count));
}

test('a tenant admin runs an assessment in the browser; marketing and IT answer; the results show the gap', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  resetSteps();
  const title = `CIO-CMO check ${Date.now()}`;

  // the admin creates, invites marco (marketing) and ivan (IT), and opens
  const anna = await signedIn(browser, testInfo, 'anna.admin@acme.example');
  await anna.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await anna.getByRole('button', { name: 'Create' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();
  for (const [user, fn] of [
    ['Marco Marketing', 'marketing'],
    ['Ivan IT', 'it'],
  ] as const) {
    // the invite form (the form for respondents without an account has a business function too)
    const invite = anna.getByRole('form', { name: 'Invite respondent' });
    const userSelect = invite.getByRole('combobox', { name: 'User', exact: true });
    const option = userSelect.locator('option', { hasText: user });
    await userSelect.selectOption((await option.getAttribute('value')) ?? '');
    await invite.getByRole('combobox', { name: 'Business function', exact: true }).selectOption(fn);
    await invite.getByRole('button', { name: 'Invite' }).click();
    await expect(anna.getByRole('cell', { name: user })).toBeVisible();
  }
  await snapshot(anna, testInfo, 'admin-invited');
  await anna.getByRole('button', { name: 'Open for answers' }).click();
  await expect(anna.getByRole('button', { name: 'Close assessment' })).toBeVisible();
  await snapshot(anna, testInfo, 'admin-opened');
  const manageUrl = anna.url();

  // marco and ivan answer the same questions differently
  for (const [email, top] of [
    ['marco.marketing@acme.example', true],
    ['ivan.it@acme.example', false],
  ] as const) {
    const page = await signedIn(browser, testInfo, email);
    const item = page.getByRole('listitem').filter({ hasText: title });
    await item.getByRole('link', { name: 'Answer the questionnaire' }).click();
    await answerFirstQuestions(page, 4, top);
    await snapshot(page, testInfo, `wizard-${top ? 'marketing' : 'it'}`);
    await expectAccessible(page);
    await page.context().close();
  }

  // the admin closes; the results show the perception gap and the radar
  await anna.goto(manageUrl);
  await anna.getByRole('button', { name: 'Close assessment' }).click();
  await anna.getByRole('button', { name: 'Confirm close' }).click();
  // the close has landed (it takes a moment: snapshot and benchmarks) before the results are read
  await expect(anna.getByText('This assessment is closed: its results are final.')).toBeVisible();
  await expect(anna.getByRole('link', { name: 'View results' })).toBeVisible();
  await anna.getByRole('link', { name: 'View results' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(anna.getByRole('img', { name: 'Current score and target per dimension' })).toBeVisible();
  await expect(anna.getByText('Alignment index')).toBeVisible();
  // one marketing and one IT respondent: the admin reads the CMO–CIO gap, each side marked as one person's view
  // (docs/ENGINE.md, "Privacy of breakdowns"); marketing answered the top options, IT the bottom ones
  const heatmap = anna.locator('table.heatmap');
  await expect(heatmap.getByRole('cell', { name: /\(one respondent\)$/ }).first()).toBeVisible();
  await expect(heatmap.getByRole('cell', { name: /^\+\d/ }).first()).toBeVisible();
  await expect(anna.getByText(/hidden: fewer than/)).toHaveCount(0);
  await expect(anna.locator('.alignment')).toContainText('(one respondent)');
  await snapshot(anna, testInfo, 'results');
  await expectAccessible(anna);

  // the PDF report and the answers CSV download from the results page
  const pdfDownload = anna.waitForEvent('download');
  await anna.getByRole('button', { name: 'PDF report (Italian)' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^social-maturity-\d+-it\.pdf$/);
  const pdfBytes = readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const csvDownload = anna.waitForEvent('download');
  await anna.getByRole('button', { name: 'Answers (CSV)' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFrespondent,business_function,dimension_key,question_key,question,answer,option_key,option,score,comment,evidence_url,answered_at',
  );
  expect(csv).toContain('R01,');
  await snapshot(anna, testInfo, 'results-downloads');
});
