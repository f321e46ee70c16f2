import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PASSWORD, resetSteps, snapshot } from './support';

const EMAIL = process.env.E2E_USER ?? 'anna.admin@acme.example';

/** Keycloak's pages in the product's theme, in the language the page was asked for. */
async function expectProductLoginPage(page: Page, lang: 'en' | 'it') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('#kc-header')).toContainText('Social Maturity');
  await expect(page.locator('#kc-header')).toContainText(
    lang === 'it' ? 'Quanto è social la tua azienda?' : 'How socially enabled is your company?',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    lang === 'it' ? 'Accedi a Social Maturity' : 'Sign in to Social Maturity',
  );
}

async function signInInItalian(page: Page, testInfo: TestInfo, width: number) {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await page.getByRole('button', { name: 'Accedi' }).click();

  // The username page: Italian because the app asked for it (ui_locales).
  await expectProductLoginPage(page, 'it');
  const username = page.getByRole('textbox', { name: 'Email' });
  await username.fill(EMAIL);
  await snapshot(page, testInfo, `login-it-${width}`);
  await page.getByRole('button', { name: 'Accedi' }).click();

  // The password page stays Italian, even for an account whose stored language differs.
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  // Nothing sticks out sideways, on a phone either.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  await password.fill(PASSWORD);
  await snapshot(page, testInfo, `login-password-it-${width}`);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page.getByText('Accesso effettuato come Anna Admin di Acme Manufacturing')).toBeVisible();
}

for (const width of [1366, 390]) {
  test(`choosing Italian in the app, then signing in, shows Keycloak's page in Italian in the product's theme (${width} px)`, async ({
    page,
  }, testInfo) => {
    resetSteps();
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await signInInItalian(page, testInfo, width);

    // Back in English: the next sign-in is English throughout, although the account now has Italian stored.
    await page.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    const signIn = page.getByRole('button', { name: 'Sign in' });
    const confirm = page.getByRole('button', { name: /^(log ?out|sign ?out|yes)$/i });
    await expect(signIn.or(confirm)).toBeVisible();
    if (await confirm.isVisible()) await confirm.click();
    await signIn.click();
    await expectProductLoginPage(page, 'en');
    await snapshot(page, testInfo, `login-en-${width}`);
    await page.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Signed in as Anna Admin of Acme Manufacturing')).toBeVisible();
  });
}
