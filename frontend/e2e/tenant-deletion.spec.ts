import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  apiToken,
  expectAccessible,
  language,
  noSidewaysScroll,
  resetSteps,
  signedIn,
  signedInAt,
  snapshot,
} from './support';

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
// DEVELOPMENT DEFAULT of infra/keycloak/maturity-realm.json: the backend's service account, used here only to
// remove from the long-lived development Keycloak the tenant this test creates.
const SERVICE = { client_id: 'maturity-backend', client_secret: 'dev-only-maturity-backend-secret' };
const ROOT = 'root@platform.example';

async function cleanUpKeycloak(request: APIRequestContext, alias: string, adminEmail: string) {
  const token = await request.post(`${KEYCLOAK}/realms/maturity/protocol/openid-connect/token`, {
    form: { grant_type: 'client_credentials', ...SERVICE },
  });
  const headers = { Authorization: `Bearer ${(await token.json()).access_token as string}` };
  const admin = `${KEYCLOAK}/admin/realms/maturity`;
  const orgs = (await (await request.get(`${admin}/organizations?search=${alias}`, { headers })).json()) as {
    id: string;
  }[];
  for (const org of orgs) await request.delete(`${admin}/organizations/${org.id}`, { headers });
  const users = (await (
    await request.get(`${admin}/users?exact=true&username=${encodeURIComponent(adminEmail)}`, { headers })
  ).json()) as { id: string }[];
  for (const user of users) await request.delete(`${admin}/users/${user.id}`, { headers });
}

test('a platform admin deletes a tenant, sees it in the activity, and restores it, on desktop and phone', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  const alias = `e2e-del-${Date.now().toString(36)}`;
  const adminEmail = `boss@${alias}.example`;
  const root = await apiToken(request, ROOT);
  const created = await request.post('/api/v1/platform/tenants', {
    headers: { Authorization: `Bearer ${root}` },
    data: {
      alias,
      name: 'Doomed Widgets',
      kind: 'COMPANY',
      industry: 'manufacturing',
      sizeBand: '50-249',
      country: 'IT',
      domain: `${alias}.example`,
      firstAdmin: {
        email: adminEmail,
        firstName: 'Dora',
        lastName: 'Doom',
        onboarding: 'PASSWORD',
        initialPassword: 'doomed-first-admin-1',
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  try {
    // Desktop, English: delete after typing the alias.
    const page = await signedIn(browser, testInfo, ROOT, { viewport: { width: 1280, height: 900 } });
    await page.goto('/platform/tenants');
    await page.getByRole('searchbox', { name: 'Search tenants' }).fill(alias);
    const row = page.getByRole('row', { name: /Doomed Widgets/ });
    await row.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Doomed Widgets?' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(`Type the alias ${alias} to confirm`).fill('wrong');
    await dialog.getByRole('button', { name: 'Delete tenant' }).click();
    await expect(dialog.getByText('Type the alias exactly as shown.')).toBeVisible();
    await snapshot(page, testInfo, 'delete-dialog-desktop-en');
    await dialog.getByLabel(`Type the alias ${alias} to confirm`).fill(alias);
    await dialog.getByRole('button', { name: 'Delete tenant' }).click();
    await expect(page.getByRole('status').getByText(/Doomed Widgets is disabled and will be deleted on/)).toBeVisible();
    await expect(row.getByText(/^Deletion on /)).toBeVisible();
    await expect(row.getByText('Disabled')).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, testInfo, 'tenants-pending-desktop-en');

    // Its history in the platform's activity.
    await row.getByRole('link', { name: 'History' }).click();
    await expect(page).toHaveURL(new RegExp(`/platform/activity\\?tenant=${alias}`));
    const table = page.getByRole('table', { name: /Platform activity|Attività della piattaforma/ });
    await expect(table.getByRole('row', { name: /Deletion requested/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Tenant created/ })).toBeVisible();
    await expectAccessible(page);
    await snapshot(page, testInfo, 'activity-desktop-en');
    await language(page, 'it');
    await expect(page.getByRole('heading', { name: 'Attività della piattaforma', level: 1 })).toBeVisible();
    await expect(table.getByRole('row', { name: /Eliminazione richiesta/ })).toBeVisible();
    await snapshot(page, testInfo, 'activity-desktop-it');
    await page.context().close();

    // Phone, Italian: the pending deletion and the restore.
    const phone = await signedInAt(browser, testInfo, ROOT, 390, 'it');
    await language(phone, 'it');
    await phone.goto('/platform/tenants');
    await phone.getByRole('searchbox', { name: /Cerca/ }).fill(alias);
    const phoneRow = phone.getByRole('row', { name: /Doomed Widgets/ });
    await expect(phone.getByRole('table', { name: 'Tenant (1 in tutto)' })).toBeVisible();
    await expect(phoneRow.getByText(/^Eliminazione il /)).toBeVisible();
    await noSidewaysScroll(phone, 390);
    await snapshot(phone, testInfo, 'tenants-pending-phone-it');
    await phoneRow.getByRole('button', { name: 'Ripristina' }).click();
    const restore = phone.getByRole('alertdialog', { name: 'Ripristinare Doomed Widgets?' });
    await expect(restore).toBeVisible();
    await snapshot(phone, testInfo, 'restore-dialog-phone-it');
    await restore.getByRole('button', { name: 'Ripristina tenant' }).click();
    await expect(phone.getByRole('status').getByText('Doomed Widgets non sarà eliminato.')).toBeVisible();
    await expect(phoneRow.getByText('Attivo')).toBeVisible();
    await expect(phoneRow.getByRole('button', { name: 'Elimina' })).toBeVisible();

    // Phone, English: the activity.
    await language(phone, 'en');
    await phone.goto(`/platform/activity?tenant=${alias}`);
    const phoneTable = phone.getByRole('table', { name: /Platform activity/ });
    await expect(phoneTable.getByRole('row', { name: /Deletion cancelled/ })).toBeVisible();
    await noSidewaysScroll(phone, 390);
    await expectAccessible(phone);
    await snapshot(phone, testInfo, 'activity-phone-en');
    await phone.context().close();
  } finally {
    await cleanUpKeycloak(request, alias, adminEmail);
  }
});
