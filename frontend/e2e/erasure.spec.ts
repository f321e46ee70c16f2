import { expect, test } from '@playwright/test';
import { api, expectAccessible, language, noSidewaysScroll, PASSWORD, resetSteps, signedIn, snapshot } from './support';

const ANNA = 'anna.admin@acme.example';

test('a tenant admin erases a user from the users page: the dialog explains it, the message names the pseudonym', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  const anna = await signedIn(browser, testInfo, ANNA);
  const stamp = Date.now();

  for (const width of [1366, 390]) {
    await anna.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'it'] as const) {
      const email = `e2e-erase-${lang}-${width}-${stamp}@acme.example`;
      await api(request, ANNA, 'POST', '/users', {
        email,
        firstName: 'Erika',
        lastName: `Erasable ${lang} ${width}`,
        businessFunction: 'marketing',
        roles: ['respondent'],
        onboarding: 'PASSWORD',
        initialPassword: PASSWORD,
        temporaryPassword: false,
      });

      await anna.goto('/users');
      await language(anna, lang);
      await anna.getByLabel(lang === 'en' ? 'Search users' : 'Cerca utenti').fill(email);
      const row = anna.getByRole('row', { name: new RegExp(`Erasable ${lang} ${width}`) });
      await row.getByRole('button', { name: lang === 'en' ? 'Remove' : 'Rimuovi' }).click();

      const dialog = anna.getByRole('alertdialog');
      const option = dialog.getByRole('checkbox', {
        name: lang === 'en' ? 'Also erase their personal data' : 'Cancella anche i suoi dati personali',
      });
      await option.check();
      await expect(dialog).toContainText(lang === 'en' ? 'with a pseudonym' : 'con uno pseudonimo');
      await snapshot(anna, testInfo, `erase-dialog-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
      await expectAccessible(anna);

      await dialog.getByRole('button', { name: lang === 'en' ? 'Remove and erase' : 'Rimuovi e cancella' }).click();
      await expect(anna.getByRole('status').filter({ hasText: /Erased person [0-9a-f]{6}/ })).toBeVisible();
      await expect(anna.getByRole('alertdialog')).toHaveCount(0);
      await expect(row).toHaveCount(0);
      await snapshot(anna, testInfo, `erased-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
    }
  }
});
