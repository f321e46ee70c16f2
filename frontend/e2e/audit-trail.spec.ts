import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { api, expectAccessible, language, noSidewaysScroll, resetSteps, signedInAt, snapshot } from './support';

const ANNA = 'anna.admin@acme.example';

test('a tenant admin reads the audit trail, narrows it and downloads it as CSV (EN/IT, 1366 and 390 px)', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  const title = `Audited ${Date.now()}`;
  const created = (await api(request, ANNA, 'POST', '/assessments', { title })) as { id: number };

  for (const [width, lang] of [
    [1366, 'en'],
    [390, 'it'],
  ] as const) {
    const page = await signedInAt(browser, testInfo, ANNA, width, lang === 'en' ? 'en-GB' : 'it-IT');
    await language(page, lang);
    const en = lang === 'en';
    await page.getByRole('link', { name: en ? 'Audit trail' : 'Registro delle attività' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: en ? 'Audit trail' : 'Registro delle attività' }),
    ).toBeVisible();
    const table = page.getByRole('table', {
      name: en ? /Audit trail \(\d+ in total\)/ : /Registro delle attività \(\d+ in tutto\)/,
    });
    await expect(table).toBeVisible();

    await page.getByRole('combobox', { name: en ? 'Action' : 'Azione' }).selectOption('assessment.created');
    await page.getByLabel(en ? 'Person' : 'Persona').fill('Anna');
    const row = table.getByRole('row', { name: /assessment\.created/ }).filter({ hasText: `assessment ${created.id}` });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Anna Admin');
    await noSidewaysScroll(page, width);
    await expectAccessible(page);
    await snapshot(page, testInfo, `audit-${lang}-${width}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: en ? 'Download CSV' : 'Scarica CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('audit-trail.csv');
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv).toContain('occurredAt,actorId,actorName,action,entityType,entityId,details');
    expect(csv).toContain(`,assessment.created,assessment,${created.id},`);
    expect(csv).not.toContain(',mail.sent,');

    // a range that ends before it starts: the server's violation, in the page's language
    await page.getByLabel(en ? 'From (day)' : 'Dal (giorno)').fill('2026-12-07');
    await page.getByLabel(en ? 'To (day, included)' : 'Al (giorno, incluso)').fill('2026-12-01');
    await expect(page.getByRole('alert')).toContainText(
      en ? 'must not be before the start' : "non può essere prima dell'inizio",
    );
    await snapshot(page, testInfo, `audit-bad-range-${lang}-${width}`);
    await page.context().close();
  }
});
