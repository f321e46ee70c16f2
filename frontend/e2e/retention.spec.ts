import { expect, test } from '@playwright/test';
import {
  api,
  expectAccessible,
  fitsWidth,
  language,
  noSidewaysScroll,
  resetSteps,
  signedIn,
  snapshot,
} from './support';

const ANNA = 'anna.admin@acme.example';

test('a tenant admin sets the data retention: the bounds are checked, the setting shows (EN/IT, 1366 and 390 px)', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  await api(request, ANNA, 'PUT', '/tenant/retention', { years: null });
  const anna = await signedIn(browser, testInfo, ANNA);
  try {
    for (const width of [1366, 390]) {
      await anna.setViewportSize({ width, height: 900 });
      for (const lang of ['en', 'it'] as const) {
        const en = lang === 'en';
        await anna.goto('/users');
        await language(anna, lang);
        const panel = anna.getByRole('region', { name: en ? 'Data retention' : 'Conservazione dei dati' });
        await expect(panel).toContainText(
          en ? 'closed assessments are kept forever.' : 'le valutazioni chiuse sono conservate per sempre.',
        );
        const years = panel.getByRole('spinbutton', {
          name: en ? 'Keep closed assessments for (years)' : 'Conserva le valutazioni chiuse per (anni)',
        });
        const save = panel.getByRole('button', { name: en ? 'Save retention' : 'Salva la conservazione' });

        // below the minimum: the server's violation next to the field
        await years.fill('0');
        await save.click();
        await expect(panel.getByText(en ? 'must be between 1 and 50' : 'deve essere tra 1 e 50')).toBeVisible();
        await expect(years).toHaveAttribute('aria-invalid', 'true');
        await panel.scrollIntoViewIfNeeded();
        await snapshot(anna, testInfo, `retention-invalid-${lang}-${width}`);

        await years.fill('7');
        await save.click();
        await expect(panel.getByRole('status')).toHaveText(en ? 'Retention saved.' : 'Conservazione salvata.');
        await expect(panel).toContainText(
          en
            ? 'closed assessments are kept for 7 years after they close.'
            : 'le valutazioni chiuse sono conservate per 7 anni dopo la chiusura.',
        );
        await fitsWidth(panel, width, 1);
        await panel.scrollIntoViewIfNeeded();
        await snapshot(anna, testInfo, `retention-saved-${lang}-${width}`);
        await noSidewaysScroll(anna, width);
        await expectAccessible(anna);

        // back to keep forever, for the next round
        await panel.getByRole('button', { name: en ? 'Keep forever' : 'Conserva per sempre' }).click();
        await expect(panel).toContainText(
          en ? 'closed assessments are kept forever.' : 'le valutazioni chiuse sono conservate per sempre.',
        );
      }
      await language(anna, 'en');
    }
    expect((await api(request, ANNA, 'GET', '/tenant/retention')).years).toBeNull();
  } finally {
    await api(request, ANNA, 'PUT', '/tenant/retention', { years: null });
  }
});
