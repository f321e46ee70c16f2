import { expect, test } from '@playwright/test';
import {
  api,
  expectAccessible,
  language,
  noSidewaysScroll,
  resetSteps,
  signedIn,
  signedInAt,
  snapshot,
} from './support';

const ANNA = 'anna.admin@acme.example';
const CARLA = 'carla.consultant@bright.example';
const MARCO_ID = '11111111-0000-4000-8000-000000000002';

test('a consultant follows a client plan and proposes an action that the client accepts', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  resetSteps();
  const stamp = Date.now();
  const late = `Overdue plan check ${stamp}`;
  const idea = `Social selling training ${stamp}`;
  // the client's plan holds an overdue action (a due date in the past is accepted with a warning)
  const yesterday = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await api(request, ANNA, 'POST', '/actions', { title: late, dimension: 'sales', dueDate: yesterday });

  // anna grants Bright access with "propose actions"
  const anna = await signedIn(browser, testInfo, ANNA);
  await anna.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consultants' }).click();
  const access = anna.getByRole('table', { name: 'Consultancies and their access' });
  const revoke = access.getByRole('button', { name: 'Revoke access of Bright Advisors' });
  if (await revoke.isVisible().catch(() => false)) {
    await revoke.click(); // an earlier spec's grant
    await expect(revoke).toBeHidden();
  }
  await anna.getByLabel('Consultancy').selectOption('bright');
  await anna.getByRole('checkbox', { name: 'Let them propose actions for your action plan' }).check();
  await anna.getByRole('button', { name: 'Give access' }).click();
  await expect(access.getByRole('row', { name: /Bright Advisors .*May propose actions/ })).toBeVisible();
  await snapshot(anna, testInfo, 'consultants-contribute');

  // carla accepts; the portfolio shows the client's plan with its overdue count
  const carla = await signedIn(browser, testInfo, CARLA);
  await carla.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
  await carla.getByRole('button', { name: 'Accept Acme Manufacturing' }).click();
  const clients = carla.getByRole('table', { name: 'Clients and their latest closed result' });
  const planLink = clients.getByRole('link', { name: /^Action plan of Acme Manufacturing: \d+ of \d+ done$/ });
  await expect(planLink).toBeVisible();
  await expect(clients.getByRole('row', { name: /Acme Manufacturing/ }).getByText(/\d+ overdue/)).toBeVisible();
  await snapshot(carla, testInfo, 'portfolio-plan');
  await expectAccessible(carla);

  // the plan itself, overdue actions first, and a proposal
  await planLink.click();
  await expect(carla.getByRole('heading', { level: 1, name: 'Action plan of Acme Manufacturing' })).toBeVisible();
  const actions = carla.getByRole('region', { name: /^Actions \(\d+\)$/ });
  await expect(actions.getByText(late)).toBeVisible();
  await expect(actions.getByRole('listitem').first().getByText('Overdue', { exact: true })).toBeVisible();
  await carla.getByLabel('Title').fill(idea);
  await carla.getByLabel('Dimension').selectOption({ label: 'Sales' });
  await carla.getByLabel('Effort').selectOption('M');
  await carla.getByRole('button', { name: 'Send the proposal' }).click();
  await expect(carla.getByText(`Proposal "${idea}" sent to Acme Manufacturing.`)).toBeVisible();
  await expect(carla.getByText('The proposal could not be sent')).toHaveCount(0);
  const sent = carla.getByRole('listitem').filter({ hasText: idea });
  await expect(sent.getByText('Waiting for a decision')).toBeVisible();
  await snapshot(carla, testInfo, 'client-plan-proposed');
  await expectAccessible(carla);

  // anna accepts it under the plan; it joins the plan
  await anna.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
  const inbox = anna.getByRole('region', { name: /^Proposed by your consultants/ });
  await expect(inbox.getByText(idea)).toBeVisible();
  await snapshot(anna, testInfo, 'inbox');
  await expectAccessible(anna);
  await inbox.getByRole('button', { name: `Accept into the plan: ${idea}` }).click();
  await expect(anna.getByText(`"${idea}" is now in your plan: assign its owners there.`)).toBeVisible();
  await expect(anna.locator('.action-card__title', { hasText: idea })).toBeVisible();
  await snapshot(anna, testInfo, 'inbox-accepted');

  // anna makes Marco its owner; Marco moves it on from "My actions" on his home page
  const proposals = (await api(request, ANNA, 'GET', '/action-proposals')) as { title: string; actionId: number }[];
  const actionId = proposals.find((p) => p.title === idea)!.actionId;
  await api(request, ANNA, 'PUT', `/actions/${actionId}/owners`, { ownerIds: [MARCO_ID] });
  const marco = await signedIn(browser, testInfo, 'marco.marketing@acme.example');
  const update = marco.getByRole('form', { name: `Update “${idea}”` });
  await update.getByLabel('Status').selectOption('IN_PROGRESS');
  await update.getByLabel('Note (optional)').fill('First session booked');
  await update.getByRole('button', { name: 'Save update' }).click();
  await expect(update.getByText('Saved.')).toBeVisible();
  await snapshot(marco, testInfo, 'my-actions-updated');
  await expectAccessible(marco);

  // carla sees the decision and the owner's progress
  await carla.reload();
  const accepted = carla
    .getByRole('region', { name: /^Actions \(\d+\)$/ })
    .getByRole('listitem')
    .filter({ hasText: idea });
  await expect(accepted.getByText('In progress', { exact: true })).toBeVisible();
  await expect(accepted.getByText('Owners: Marco Marketing')).toBeVisible();
  await expect(
    carla.getByRole('listitem').filter({ hasText: idea }).getByText('Accepted', { exact: true }),
  ).toBeVisible();

  // on a phone, in Italian, for both sides
  for (const [who, path, heading] of [
    [CARLA, '/portfolio', 'Portafoglio'],
    [CARLA, null, "Piano d'azione di Acme Manufacturing"],
    [ANNA, '/actions', null],
  ] as const) {
    const phone = await signedInAt(browser, testInfo, who, 390, 'it');
    await language(phone, 'it');
    if (path) {
      await phone.goto(path);
    } else {
      await phone.goto('/portfolio');
      await phone.getByRole('link', { name: /^Piano d'azione di Acme Manufacturing:/ }).click();
    }
    if (heading) await expect(phone.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    else await expect(phone.getByRole('region', { name: /^Proposte dai tuoi consulenti/ })).toBeVisible();
    await expect(phone.getByRole('alert')).toHaveCount(0); // no failure shown where nothing failed
    await noSidewaysScroll(phone, 390);
    await expectAccessible(phone);
    await snapshot(phone, testInfo, `phone-it-${path ? path.slice(1) : 'client-plan'}`);
    await phone.context().close();
  }

  // revoked: the plan is gone for carla at once
  await anna.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consultants' }).click();
  await access.getByRole('button', { name: 'Revoke access of Bright Advisors' }).click();
  await expect(anna.getByText('Access of Bright Advisors revoked.')).toBeVisible();
  await carla.reload();
  await expect(carla.getByText('The action plan could not be loaded')).toBeVisible();
});
