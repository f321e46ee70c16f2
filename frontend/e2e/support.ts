import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'demo-password';
const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';

let step = 0;
export function resetSteps() {
  step = 0;
}

export async function snapshot(page: Page, testInfo: TestInfo, name: string) {
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
export async function signInAtKeycloak(page: Page, testInfo: TestInfo, email: string) {
  // Accessible names are whitespace-normalized; "Show password" (the eye button) must not match.
  const username = page.getByRole('textbox', { name: /^(username or email|email|username)$/i });
  const password = page.getByLabel('Password', { exact: true });
  // English or Italian: the app passes its language to Keycloak (ui_locales)
  const submit = page.getByRole('button', { name: /^(sign in|log in|next|continue|accedi|avanti|continua)$/i });

  await expect(username).toBeVisible();
  await username.fill(email);
  await snapshot(page, testInfo, 'keycloak-username');

  if (!(await password.isVisible())) {
    await submit.click();
    await expect(password).toBeVisible();
  }
  await password.fill(PASSWORD);
  await snapshot(page, testInfo, 'keycloak-password');
  await submit.click();
}

/** An access token for scripts: the development-only password-grant client of the realm. */
export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK}/realms/maturity/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'maturity-cli', username: email, password: PASSWORD },
  });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).access_token as string;
}
