import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiToken, expectAccessible, resetSteps, signedIn, snapshot } from './support';

const MARCO_ID = '11111111-0000-4000-8000-000000000002';

/** Anna closes an assessment that Marco answered in full (through the API): returns its id. */
async function closedAssessment(request: APIRequestContext, title: string): Promise<number> {
  const anna = { Authorization: `Bearer ${await apiToken(request, 'anna.admin@acme.example')}` };
  const marco = { Authorization: `Bearer ${await apiToken(request, 'marco.marketing@acme.example')}` };
  const { id } = await (await request.post('/api/v1/assessments', { headers: anna, data: { title } })).json();
  expect(
    (await request.post(`/api/v1/assessments/${id}/respondents`, { headers: anna, data: { userId: MARCO_ID } })).ok(),
  ).toBeTruthy();
  expect((await request.post(`/api/v1/assessments/${id}/open`, { headers: anna, data: {} })).ok()).toBeTruthy();
  const questionnaire = await (await request.get(`/api/v1/assessments/${id}/questionnaire`, { headers: marco })).json();
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const response = await request.put(`/api/v1/assessments/${id}/answers/${question.key}`, {
        headers: marco,
        data: { optionKey: question.options[2].key, baseRevision: 0 },
      });
      expect(response.ok()).toBeTruthy();
    }
  }
  expect((await request.post(`/api/v1/assessments/${id}/close`, { headers: anna, data: {} })).ok()).toBeTruthy();
  return id;
}

test('a company grants a consultancy access; the consultant accepts, compares and follows the trend; the company revokes', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  resetSteps();
  const title = `Consulting check ${Date.now()}`;
  const id = await closedAssessment(request, title);

  // anna: history, benchmark on the results (one company: not enough data), then grant bright
  const anna = await signedIn(browser, testInfo, 'anna.admin@acme.example');
  await anna.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(anna.getByRole('rowheader', { name: title })).toBeVisible();
  await snapshot(anna, testInfo, 'history');
  await expectAccessible(anna);

  await anna.goto(`/assessments/${id}/results`);
  const benchmark = anna.getByRole('region', { name: 'Compared with similar companies' });
  await expect(benchmark.getByRole('radio', { name: 'All companies' })).toBeChecked();
  await expect(benchmark.getByRole('table', { name: /^Your scores against All companies/ })).toBeVisible();
  await snapshot(anna, testInfo, 'results-benchmark');

  await anna.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consultants' }).click();
  const access = anna.getByRole('table', { name: 'Consultancies and their access' });
  const revoke = access.getByRole('button', { name: 'Revoke access of Bright Advisors' });
  if (await revoke.isVisible().catch(() => false)) {
    await revoke.click(); // an earlier run's grant
    await expect(revoke).toBeHidden();
  }
  await anna.getByLabel('Consultancy').selectOption('bright');
  await anna.getByRole('button', { name: 'Give access' }).click();
  await expect(anna.getByText('Access offered to Bright Advisors: it is pending until they accept.')).toBeVisible();
  await expect(access.getByRole('row', { name: /Bright Advisors Waiting for the consultancy/ })).toBeVisible();
  await snapshot(anna, testInfo, 'consultants-granted');
  await expectAccessible(anna);

  // carla accepts, finds acme in the portfolio, compares and opens the trend
  const carla = await signedIn(browser, testInfo, 'carla.consultant@bright.example');
  await carla.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
  await carla.getByRole('button', { name: 'Accept Acme Manufacturing' }).click();
  const clients = carla.getByRole('table', { name: 'Clients and their latest closed result' });
  await expect(clients.getByRole('link', { name: 'Trend of Acme Manufacturing' })).toBeVisible();
  await snapshot(carla, testInfo, 'portfolio');
  await expectAccessible(carla);
  await clients.getByRole('checkbox', { name: 'Compare Acme Manufacturing' }).check();
  await carla.getByRole('button', { name: 'Compare selected clients (1)' }).click();
  await expect(carla.getByRole('heading', { level: 1, name: 'Compare clients' })).toBeVisible();
  await expect(carla.getByRole('table', { name: /difference to Acme Manufacturing/ })).toBeVisible();
  await snapshot(carla, testInfo, 'compare');
  await expectAccessible(carla);
  await carla.getByRole('link', { name: 'Back to the portfolio' }).click();
  await clients.getByRole('link', { name: 'Trend of Acme Manufacturing' }).click();
  await expect(carla.getByRole('heading', { level: 1, name: 'Trend of Acme Manufacturing' })).toBeVisible();
  await expect(carla.getByRole('rowheader', { name: title })).toBeVisible();
  await snapshot(carla, testInfo, 'trend');

  // anna revokes: carla's portfolio no longer lists acme
  await anna.reload();
  await access.getByRole('button', { name: 'Revoke access of Bright Advisors' }).click();
  await expect(anna.getByText('Access of Bright Advisors revoked.')).toBeVisible();
  await carla.goto('/portfolio');
  await expect(carla.getByRole('heading', { level: 2, name: 'Clients' })).toBeVisible();
  await expect(carla.getByRole('link', { name: 'Trend of Acme Manufacturing' })).toHaveCount(0);
  await snapshot(carla, testInfo, 'portfolio-after-revoke');
});
