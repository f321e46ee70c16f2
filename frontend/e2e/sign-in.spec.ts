import { expect, test, type Page, type TestInfo } from '@playwright/test';

const EMAIL = process.env.E2E_USER ?? 'anna.admin@acme.example';
const PASSWORD = process.env.E2E_PASSWORD ?? 'demo-password';

let step = 0;
async function snapshot(page: Page, testInfo: TestInfo, name: string) {
  step += 1;
  await page.screenshot({
    path: testInfo.outputPath(`${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
}

/**
 * Keycloak's login page. With organizations enabled it asks for the username or email first and the
 * password on a second page; without, both are on one page. Fields are found by their labels.
 */
async function signInAtKeycloak(page: Page, testInfo: TestInfo) {
  // Accessible names are whitespace-normalized; "Show password" (the eye button) must not match.
  const username = page.getByRole('textbox', { name: /^(username or email|email|username)$/i });
  const password = page.getByLabel('Password', { exact: true });
  const submit = page.getByRole('button', { name: /^(sign in|log in|next|continue)$/i });

  await expect(username).toBeVisible();
  await username.fill(EMAIL);
  await snapshot(page, testInfo, 'keycloak-username');

  if (!(await password.isVisible())) {
    await submit.click();
    await expect(password).toBeVisible();
  }
  await password.fill(PASSWORD);
  await snapshot(page, testInfo, 'keycloak-password');
  await submit.click();
}

test('a tenant admin signs in through Keycloak, sees who they are, and signs out', async ({ page }, testInfo) => {
  step = 0;
  await page.goto('/');
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await snapshot(page, testInfo, 'landing');

  await signIn.click();
  await signInAtKeycloak(page, testInfo);

  // Back in the app, with the login parameters gone from the address bar.
  const banner = page.getByRole('banner');
  await expect(page.getByText('Signed in as Anna Admin of Acme Manufacturing')).toBeVisible();
  await expect(banner.getByText('Anna Admin')).toBeVisible();
  await expect(banner.getByText(/Acme Manufacturing/)).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await snapshot(page, testInfo, 'signed-in');

  // A deep link is a client route inside the shell.
  await page.goto('/assessments/42');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(banner.getByText('Anna Admin')).toBeVisible();
  await snapshot(page, testInfo, 'deep-link');

  await banner.getByRole('button', { name: 'Sign out' }).click();
  // Keycloak asks for confirmation only when it cannot tell who is signing out.
  const confirm = page.getByRole('button', { name: /^(log ?out|sign ?out|yes)$/i });
  await expect(signIn.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(signIn).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await snapshot(page, testInfo, 'signed-out');
});

test('sign-in brings the user back to the deep link they started from', async ({ page }, testInfo) => {
  step = 0;
  await page.goto('/assessments/42?tab=results');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signInAtKeycloak(page, testInfo);

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname + url.search).toBe('/assessments/42?tab=results');
  await expect(page.getByRole('banner').getByText('Anna Admin')).toBeVisible();
  await snapshot(page, testInfo, 'deep-link-after-sign-in');
});
