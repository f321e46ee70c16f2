import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiToken, resetSteps, signInAtKeycloak, snapshot } from './support';

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
// DEVELOPMENT DEFAULTS of infra/keycloak.sh (the master realm's bootstrap administrator)
const KC_ADMIN = process.env.E2E_KEYCLOAK_ADMIN ?? 'admin';
const KC_ADMIN_PASSWORD = process.env.E2E_KEYCLOAK_ADMIN_PASSWORD ?? 'admin';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';
const MARCO = 'marco.marketing@acme.example';

async function adminHeaders(request: APIRequestContext) {
  const response = await request.post(`${KEYCLOAK}/realms/master/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'admin-cli', username: KC_ADMIN, password: KC_ADMIN_PASSWORD },
  });
  expect(response.ok()).toBeTruthy();
  return { Authorization: `Bearer ${(await response.json()).access_token as string}` };
}

/** The web client's access-token lifespan (seconds; null: the realm's), so the test need not wait 15 minutes. */
async function setWebTokenLifespan(request: APIRequestContext, seconds: string | null): Promise<string | null> {
  const headers = await adminHeaders(request);
  const clients = await (
    await request.get(`${KEYCLOAK}/admin/realms/maturity/clients?clientId=maturity-web`, { headers })
  ).json();
  const client = clients[0] as { id: string; attributes?: Record<string, string> };
  const before = client.attributes?.['access.token.lifespan'] ?? null;
  // an empty attribute is removed by Keycloak: the realm's lifespan applies again
  client.attributes = { ...client.attributes, 'access.token.lifespan': seconds ?? '' };
  const updated = await request.put(`${KEYCLOAK}/admin/realms/maturity/clients/${client.id}`, {
    headers,
    data: client,
  });
  expect(updated.ok()).toBeTruthy();
  return before;
}

/** Ends Marco's sessions at the identity provider, as an expired session or a sign-out in another tab would. */
async function endSessions(request: APIRequestContext) {
  const response = await request.post(`${KEYCLOAK}/admin/realms/maturity/users/${MARCO_ID}/logout`, {
    headers: await adminHeaders(request),
  });
  expect(response.status()).toBe(204);
}

async function savedAnswers(request: APIRequestContext, id: number) {
  const marco = await apiToken(request, MARCO);
  const questionnaire = await (
    await request.get(`/api/v1/assessments/${id}/questionnaire`, { headers: { Authorization: `Bearer ${marco}` } })
  ).json();
  return Object.fromEntries(
    (questionnaire.dimensions as { questions: { key: string; answer: { optionKey: string | null } | null }[] }[])
      .flatMap((d) => d.questions)
      .map((q) => [q.key, q.answer?.optionKey ?? null]),
  ) as Record<string, string | null>;
}

/** A question's region by its key (keys hold dots: no CSS id selector). */
const question = (page: Page, key: string) => page.locator(`[id="question-${key}"]`);

const radioValue = async (page: Page, group: number, option: number) =>
  (await page.getByRole('radiogroup').nth(group).getByRole('radio').nth(option).getAttribute('value')) ?? '';

/**
 * Issue 23, item 2: the identity provider's session ends while an answer waits to be saved. The answer is
 * kept on the device, the wizard says the session ended, "Sign in again" comes back to the same page and
 * saves it. Then the same after a reload: the landing page says why, and sign-in leads back and saves.
 */
test('an answer pending when the Keycloak session ends is saved after signing in again', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  resetSteps();
  const lifespanBefore = await setWebTokenLifespan(request, '20');
  try {
    const admin = await apiToken(request, 'anna.admin@acme.example');
    const headers = { Authorization: `Bearer ${admin}` };
    const title = `Session end ${Date.now()}`;
    const created = await request.post('/api/v1/assessments', { headers, data: { title } });
    const { id } = (await created.json()) as { id: number };
    expect(
      (await request.post(`/api/v1/assessments/${id}/respondents`, { headers, data: { userId: MARCO_ID } })).ok(),
    ).toBeTruthy();
    expect((await request.post(`/api/v1/assessments/${id}/open`, { headers, data: {} })).ok()).toBeTruthy();

    await page.goto(`/assessments/${id}/questionnaire`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signInAtKeycloak(page, testInfo, MARCO);
    const groups = page.getByRole('radiogroup');
    await expect(groups.first()).toBeVisible();
    const keys = await page
      .locator('section.question')
      .evaluateAll((sections) =>
        sections.filter((s) => !s.closest('[hidden]')).map((s) => s.id.replace(/^question-/, '')),
      );

    // 1. Q1 saved normally
    await groups.nth(0).getByRole('radio').nth(1).check();
    await expect(question(page, keys[0]!).getByRole('status')).toHaveText('Saved');

    // 2. Q2 given while the network is gone: it waits, and meanwhile the session ends at Keycloak
    await page.context().setOffline(true);
    await groups.nth(1).getByRole('radio').nth(2).check();
    await expect(question(page, keys[1]!).getByRole('status')).toHaveText('Not saved — retrying');
    await endSessions(request);
    const ended = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
    await expect(ended).toBeVisible({ timeout: 60_000 });
    await page.context().setOffline(false);
    await snapshot(page, testInfo, 'session-ended');

    // 3. sign in again: back on the same page, the kept answer is sent and saved
    await ended.getByRole('button', { name: 'Sign in again' }).click();
    await signInAtKeycloak(page, testInfo, MARCO);
    await expect(page).toHaveURL(new RegExp(`/assessments/${id}/questionnaire`));
    await expect(question(page, keys[1]!).getByRole('status')).toHaveText('Saved');
    await expect(groups.nth(1).getByRole('radio').nth(2)).toBeChecked();
    await snapshot(page, testInfo, 'saved-after-sign-in');
    let server = await savedAnswers(request, id);
    expect(server[keys[0]!]).toBe(await radioValue(page, 0, 1));
    expect(server[keys[1]!]).toBe(await radioValue(page, 1, 2));

    // 4. again, but the person reloads the page after the session ended
    await page.context().setOffline(true);
    await groups.nth(0).getByRole('radio').nth(0).check();
    await endSessions(request);
    await expect(ended).toBeVisible({ timeout: 60_000 });
    await page.context().setOffline(false);
    await page.reload();
    await expect(page.getByText('Sign in again to continue where you left off.')).toBeVisible();
    await snapshot(page, testInfo, 'landing-after-reload');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signInAtKeycloak(page, testInfo, MARCO);
    await expect(page).toHaveURL(new RegExp(`/assessments/${id}/questionnaire`));
    await expect(question(page, keys[0]!).getByRole('status')).toHaveText('Saved');
    server = await savedAnswers(request, id);
    expect(server[keys[0]!]).toBe(await radioValue(page, 0, 0));
    expect(server[keys[1]!]).toBe(await radioValue(page, 1, 2));
    // nothing is left on the device once the server has it
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('maturity.pendingAnswers'))),
    ).toEqual([]);
  } finally {
    await setWebTokenLifespan(request, lifespanBefore);
  }
});
