import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiToken, expectAccessible, PASSWORD, resetSteps, signInAtKeycloak, snapshot } from './support';

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
const MAIL = process.env.E2E_MAIL_URL ?? 'http://localhost:8025';
// DEVELOPMENT DEFAULT of infra/keycloak/maturity-realm.json: the backend's service account, used here only to
// clean up what earlier runs left in the long-lived development Keycloak.
const SERVICE = { client_id: 'maturity-backend', client_secret: 'dev-only-maturity-backend-secret' };

/** The link in the newest invitation email to this address, from the GreenMail mail catcher's REST API. */
async function invitationLink(request: APIRequestContext, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
        if (!response.ok()) return undefined;
        const messages = (await response.json()) as { mimeMessage: string }[];
        const raw = (messages.at(-1)?.mimeMessage ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        link = raw.match(/https?:\/\/[^\s"<>]+\/login-actions\/action-token\?[^\s"<>]+/)?.[0]?.replace(/&amp;/g, '&');
        return link;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return link!;
}

async function serviceToken(request: APIRequestContext): Promise<string> {
  const r = await request.post(`${KEYCLOAK}/realms/maturity/protocol/openid-connect/token`, {
    form: { grant_type: 'client_credentials', ...SERVICE },
  });
  expect(r.ok()).toBeTruthy();
  return (await r.json()).access_token as string;
}

/** Removes what an earlier run left in Keycloak: the organization and provider of the SSO tenant, and its user. */
async function cleanUpSsoTenant(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${await serviceToken(request)}` };
  const admin = `${KEYCLOAK}/admin/realms/maturity`;
  await request.delete(`${admin}/identity-provider/instances/sso-initech`, { headers });
  const orgs = (await (await request.get(`${admin}/organizations?search=initech`, { headers })).json()) as {
    id: string;
  }[];
  for (const org of orgs) await request.delete(`${admin}/organizations/${org.id}`, { headers });
  for (const email of ['peter.gibbons@initech.example', 'it.admin@initech.example']) {
    const users = (await (
      await request.get(`${admin}/users?exact=true&username=${encodeURIComponent(email)}`, { headers })
    ).json()) as { id: string }[];
    for (const user of users) await request.delete(`${admin}/users/${user.id}`, { headers });
  }
}

test('a tenant admin invites a user by email, and the user sets a password and arrives signed in', async ({
  browser,
  request,
}, testInfo) => {
  resetSteps();
  const email = `e2e-${Date.now()}@acme.example`;

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/');
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await signInAtKeycloak(admin, testInfo, 'anna.admin@acme.example');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'marco.marketing@acme.example' })).toBeVisible();

  await admin.getByLabel('Email', { exact: true }).fill(email);
  await admin.getByLabel('First name').fill('Ines');
  await admin.getByLabel('Last name').fill('Invited');
  await admin.getByLabel('Business function').selectOption('marketing');
  await admin.getByRole('checkbox', { name: 'Respondent' }).check();
  await admin.getByRole('radio', { name: 'Send an invitation email' }).check();
  await snapshot(admin, testInfo, 'invite-form');
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Invite user' }).click();
  await expect(admin.getByRole('status').filter({ hasText: email })).toBeVisible();
  await admin.getByLabel('Search users').fill(email);
  await expect(admin.getByRole('row').filter({ hasText: email }).getByText('Invitation pending')).toBeVisible();
  await snapshot(admin, testInfo, 'invited');

  // The invited user follows the link in the email, sets a password, and arrives in Acme signed in.
  const link = await invitationLink(request, email);
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  // Every page Keycloak's authorization endpoint shows (rather than redirects at once): a sign-in form.
  const signInPages: string[] = [];
  user.on('response', (response) => {
    if (
      response.url().startsWith(`${KEYCLOAK}/realms/maturity/protocol/openid-connect/auth`) &&
      response.status() === 200
    ) {
      signInPages.push(response.url());
    }
  });
  await user.goto(link);
  const proceed = user.getByRole('link', { name: /click here to proceed/i });
  const newPassword = user.getByLabel('New Password', { exact: true });
  await expect(proceed.or(newPassword)).toBeVisible();
  if (await proceed.isVisible()) await proceed.click();
  await snapshot(user, testInfo, 'set-password');
  await newPassword.fill(PASSWORD);
  await user.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
  await user.getByRole('button', { name: /^submit$/i }).click();
  // Keycloak signs the person in with the new password (the product's extension) and hands over to the app, whose
  // own sign-in then completes against that session: no "account updated" page, no second password.
  const signedIn = user.getByText('Signed in as Ines Invited of Acme Manufacturing');
  await expect(signedIn).toBeVisible();
  expect(signInPages).toEqual([]);
  await expect(user.getByRole('link', { name: 'Continue to Social Maturity' })).toHaveCount(0);
  expect(user.url().startsWith(`${KEYCLOAK}/`)).toBe(false);
  expect(new URL(user.url()).search).toBe('');
  await snapshot(user, testInfo, 'invited-user-signed-in');
  await userContext.close();

  // The admin sees the invitation accepted, then removes the user again.
  await admin.reload();
  await admin.getByLabel('Search users').fill(email);
  const row = admin.getByRole('row').filter({ hasText: email });
  await expect(row).toBeVisible();
  await expect(row.getByText('Invitation pending')).toHaveCount(0);
  await row.getByRole('button', { name: 'Remove' }).click();
  await admin.getByRole('alertdialog').getByRole('button', { name: 'Remove user' }).click();
  await expect(admin.getByRole('cell', { name: email })).toHaveCount(0);
  await adminContext.close();
});

test('people of a company with linked SSO sign in with their company account and land in their tenant', async ({
  page,
  request,
}, testInfo) => {
  resetSteps();
  await cleanUpSsoTenant(request);
  const root = await apiToken(request, 'root@platform.example');
  const auth = { Authorization: `Bearer ${root}` };
  const created = await request.post('/api/v1/platform/tenants', {
    headers: auth,
    data: {
      alias: 'initech',
      name: 'Initech',
      kind: 'COMPANY',
      industry: 'technology',
      sizeBand: '250-999',
      country: 'US',
      domain: 'initech.example',
      firstAdmin: {
        email: 'it.admin@initech.example',
        firstName: 'Bill',
        lastName: 'Lumbergh',
        onboarding: 'PASSWORD',
        initialPassword: 'initech-first-admin-1',
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const linked = await request.put('/api/v1/platform/tenants/initech/sso', {
    headers: auth,
    data: {
      issuer: `${KEYCLOAK}/realms/company-idp`,
      clientId: 'social-maturity',
      clientSecret: 'dev-only-company-idp-secret',
      domain: 'initech.example',
      displayName: 'Initech login',
    },
  });
  expect(linked.status(), await linked.text()).toBe(200);

  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Keycloak sees the domain and sends Peter to his company's own login page (the company-idp realm).
  const email = 'peter.gibbons@initech.example';
  await page.getByRole('textbox', { name: /^(username or email|email|username)$/i }).fill(email);
  await page.getByRole('button', { name: /^(sign in|log in|next|continue)$/i }).click();
  await expect(page.getByText(/Initech Corp directory/i)).toBeVisible();
  const companyUser = page.getByRole('textbox', { name: /^(username or email|email|username)$/i });
  if (!(await companyUser.inputValue())) await companyUser.fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await snapshot(page, testInfo, 'company-login');
  await page.getByRole('button', { name: /^(sign in|log in)$/i }).click();
  const review = page.getByRole('button', { name: /^submit$/i });
  const signedIn = page.getByText('Signed in as Peter Gibbons of Initech');
  await expect(signedIn.or(review)).toBeVisible();
  if (await review.isVisible()) await review.click();
  await expect(signedIn).toBeVisible();
  await snapshot(page, testInfo, 'sso-signed-in');
  await cleanUpSsoTenant(request);
});
