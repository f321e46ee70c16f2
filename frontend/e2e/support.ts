import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test';

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

/** Through the API as `email` (a fresh token): fails the test unless the answer is 2xx; returns its JSON. */
export async function api(
  request: APIRequestContext,
  email: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
) {
  const token = await apiToken(request, email);
  const response = await request.fetch(`/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
    data: data as Record<string, unknown> | undefined,
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return response.json();
}

async function openAndSignIn(
  context: BrowserContext,
  testInfo: TestInfo,
  email: string,
  button: string | RegExp,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: button }).click();
  await signInAtKeycloak(page, testInfo, email);
  await expect(page.getByRole('banner')).toBeVisible();
  return page;
}

/** A new browser context (the config's window and locale, plus `options`) signed in as `email`. */
export async function signedIn(
  browser: Browser,
  testInfo: TestInfo,
  email: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  return openAndSignIn(await browser.newContext(options), testInfo, email, 'Sign in');
}

/** A new browser context `width` px wide (900 high) in `locale`, signed in as `email` (English or Italian). */
export async function signedInAt(
  browser: Browser,
  testInfo: TestInfo,
  email: string,
  width: number,
  locale: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  return openAndSignIn(context, testInfo, email, /^(Sign in|Accedi)$/);
}

/** Switches the interface language with the header's selector. */
export async function language(page: Page, lang: 'en' | 'it') {
  await page.getByRole('combobox', { name: /^(Language|Lingua)$/ }).selectOption(lang);
}

/** The element lies within the window's width (`slack` px of rounding allowed past its right edge). */
export async function fitsWidth(element: Locator, width: number, slack = 0) {
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + slack);
}

/** Nothing makes the page wider than the window (no sideways scrolling on a phone). */
export async function noSidewaysScroll(page: Page, width: number) {
  const { scrollWidth, culprits } = await page.evaluate((w) => {
    // the outermost elements that end beyond the window, to name in the failure
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1);
    const outermost = wide.filter((e) => !wide.includes(e.parentElement!));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprits: outermost
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)})`,
        ),
    };
  }, width);
  expect(
    scrollWidth,
    `${page.url()} is ${scrollWidth}px wide at ${width}px: ${culprits.join(', ')}`,
  ).toBeLessThanOrEqual(width);
}

/** No serious or critical accessibility violations on the page once no list on it is loading. */
export async function expectAccessible(page: Page) {
  // a list being refetched is dimmed (aria-busy, lower opacity): check the page as it settles, not mid-fetch
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
