import { expect, test } from '@playwright/test';
import { resetSteps, signInAtKeycloak, snapshot } from './support';

const EMAIL = process.env.E2E_USER ?? 'anna.admin@acme.example';

test('a tenant admin signs in through Keycloak, sees who they are, and signs out', async ({ page }, testInfo) => {
  resetSteps();
  await page.goto('/');
  const signIn = page.getByRole('button', { name: 'Sign in' });
  await expect(signIn).toBeVisible();
  await snapshot(page, testInfo, 'landing');

  await signIn.click();
  await signInAtKeycloak(page, testInfo, EMAIL);

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
  resetSteps();
  await page.goto('/assessments/42?tab=results');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await signInAtKeycloak(page, testInfo, EMAIL);

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname + url.search).toBe('/assessments/42?tab=results');
  await expect(page.getByRole('banner').getByText('Anna Admin')).toBeVisible();
  await snapshot(page, testInfo, 'deep-link-after-sign-in');
});
