import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  apiToken,
  expectAccessible,
  fitsWidth,
  language,
  noSidewaysScroll,
  resetSteps,
  signedIn,
  snapshot,
} from './support';

const MARCO_ID = '11111111-0000-4000-8000-000000000002';

/** Through the API: an assessment Marco answers with the option at `option` of every question, then closed. */
async function closedAssessment(request: APIRequestContext, title: string, option: number): Promise<number> {
  const anna = { Authorization: `Bearer ${await apiToken(request, 'anna.admin@acme.example')}` };
  const marco = { Authorization: `Bearer ${await apiToken(request, 'marco.marketing@acme.example')}` };
  const created = await request.post('/api/v1/assessments', { headers: anna, data: { title } });
  expect(created.status()).toBe(201);
  const id = (await created.json()).id as number;
  expect(
    (await request.post(`/api/v1/assessments/${id}/respondents`, { headers: anna, data: { userId: MARCO_ID } })).ok(),
  ).toBeTruthy();
  expect((await request.post(`/api/v1/assessments/${id}/open`, { headers: anna, data: {} })).ok()).toBeTruthy();
  const questionnaire = await (await request.get(`/api/v1/assessments/${id}/questionnaire`, { headers: marco })).json();
  for (const d of questionnaire.dimensions as { questions: { key: string; options: { key: string }[] }[] }[]) {
    for (const q of d.questions) {
      const key = q.options[Math.min(option, q.options.length - 1)]!.key;
      const saved = await request.put(`/api/v1/assessments/${id}/answers/${q.key}`, {
        headers: marco,
        data: { optionKey: key, baseRevision: 0 },
      });
      expect(saved.ok()).toBeTruthy();
    }
  }
  expect((await request.post(`/api/v1/assessments/${id}/close`, { headers: anna, data: {} })).ok()).toBeTruthy();
  return id;
}

test('the action plan: roadmap to actions, the plan page and its exports, and the next result shows what the work did (EN/IT, 1366 and 390 px)', async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(300_000);
  resetSteps();
  const stamp = Date.now();
  const first = await closedAssessment(request, `Plan baseline ${stamp}`, 0);

  // the admin turns the first roadmap item into an action in the browser
  const anna = await signedIn(browser, testInfo, 'anna.admin@acme.example', { acceptDownloads: true });
  await anna.goto(`/assessments/${first}/results`);
  const roadmap = anna.getByRole('region', { name: 'Create actions from the roadmap' });
  await expect(roadmap).toBeVisible();
  await roadmap
    .getByRole('button', { name: /^Create action/ })
    .first()
    .click();
  await expect(roadmap.getByText('Created').first()).toBeVisible();

  // the plan page: the action is there; both exports download under the server's names
  await anna.goto('/actions');
  await expect(anna.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
  for (const [button, name] of [
    ['Download CSV', 'action-plan.csv'],
    ['Download Excel', 'action-plan.xlsx'],
  ] as const) {
    const download = anna.waitForEvent('download');
    await anna.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toBe(name);
  }

  // an owner finishes it (through the API: the owner's own screens are covered by the unit tests), then the next
  // assessment closes with higher answers
  const token = await apiToken(request, 'anna.admin@acme.example');
  const plan = await (await request.get('/api/v1/actions', { headers: { Authorization: `Bearer ${token}` } })).json();
  const mine = (plan.items as { id: number; sourceAssessmentId: number | null; dimension: string }[]).find(
    (a) => a.sourceAssessmentId === first,
  )!;
  expect(
    (
      await request.post(`/api/v1/actions/${mine.id}/updates`, {
        headers: { Authorization: `Bearer ${token}` },
        data: { status: 'DONE', note: 'Finished in the end-to-end test' },
      })
    ).ok(),
  ).toBeTruthy();
  const next = await closedAssessment(request, `Plan follow-up ${stamp}`, 99);

  for (const width of [1366, 390]) {
    await anna.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'it'] as const) {
      await anna.goto(`/assessments/${next}/results`);
      await language(anna, lang);
      const loop = anna.getByRole('region', {
        name: lang === 'en' ? 'Since the previous assessment' : 'Dalla valutazione precedente',
      });
      await expect(loop).toBeVisible();
      await expect(loop).toContainText(
        lang === 'en' ? /1 action done, \+[\d.,]+ points/ : /1 azione completata, \+[\d.,]+ punti/,
      );
      await loop.scrollIntoViewIfNeeded();
      await fitsWidth(loop, width, 1);
      await snapshot(anna, testInfo, `results-loop-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
      await expectAccessible(anna);

      await anna.goto('/actions');
      await expect(anna.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'Action plan' : "Piano d'azione",
      );
      await fitsWidth(anna.getByRole('button', { name: lang === 'en' ? 'Download Excel' : 'Scarica Excel' }), width, 1);
      await snapshot(anna, testInfo, `plan-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
      await expectAccessible(anna);

      await anna.goto('/history');
      await expect(
        anna.getByRole('table', {
          name: lang === 'en' ? /Scores of each closed assessment/ : /Punteggi di ogni valutazione chiusa/,
        }),
      ).toContainText(lang === 'en' ? '1 action done' : '1 azione completata');
      await snapshot(anna, testInfo, `history-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
    }
    await language(anna, 'en');
  }
});

test('an action card: a due date before the creation warns after the save, History shows the edit, Delete asks first (EN/IT, 1366 and 390 px)', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  resetSteps();
  const title = `Warned action ${Date.now()}`;
  const anna = await signedIn(browser, testInfo, 'anna.admin@acme.example');
  await anna.goto('/actions');
  await expect(anna.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();

  // created with a due date long past: saved, with the warning
  await anna.getByRole('button', { name: 'New action' }).click();
  const create = anna.getByRole('dialog', { name: 'New action' });
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('Due date (optional)').fill('2020-01-15');
  await create.getByRole('button', { name: 'Create action' }).click();
  await expect(create).toBeHidden();
  const status = anna.getByRole('status').filter({ hasText: `Saved: “${title}”.` });
  await expect(status).toContainText('The due date is before the day the action was created.');
  await snapshot(anna, testInfo, 'plan-saved-warning-en');

  // edited: started, with a note for the log
  const card = anna.getByRole('listitem').filter({ has: anna.getByText(title, { exact: true }) });
  await card.getByRole('button', { name: 'Edit' }).click();
  const edit = anna.getByRole('dialog', { name: 'Edit action' });
  await edit.getByLabel('Status').selectOption('IN_PROGRESS');
  await edit.getByLabel('Note (optional)').fill('Started in the end-to-end test');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  for (const width of [1366, 390]) {
    await anna.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'it'] as const) {
      await anna.goto('/actions');
      await language(anna, lang);
      await expect(card).toContainText(
        lang === 'en'
          ? 'The due date is before the day the action was created.'
          : "La scadenza è precedente al giorno in cui l'azione è stata creata.",
      );
      await card.getByRole('button', { name: lang === 'en' ? 'History' : 'Cronologia' }).click();
      const log = card.getByRole('list', {
        name: lang === 'en' ? `History of “${title}”` : `Cronologia di “${title}”`,
      });
      await expect(log).toContainText(lang === 'en' ? 'Edited' : 'Modificata');
      await expect(log).toContainText(
        lang === 'en' ? 'Status: Planned → In progress' : 'Stato: Pianificata → In corso',
      );
      await expect(log).toContainText('Started in the end-to-end test');
      await expect(log).toContainText(lang === 'en' ? 'Created' : 'Creata');
      await card.scrollIntoViewIfNeeded();
      await fitsWidth(card, width, 1);
      await snapshot(anna, testInfo, `plan-card-history-${lang}-${width}`);
      await noSidewaysScroll(anna, width);
      await expectAccessible(anna);
    }
    await language(anna, 'en');
  }

  // deleted after the confirmation
  await card.getByRole('button', { name: 'Delete' }).click();
  const confirm = anna.getByRole('alertdialog', { name: `Delete “${title}”?` });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snapshot(anna, testInfo, 'plan-delete-confirm-390');
  await expectAccessible(anna);
  await confirm.getByRole('button', { name: 'Delete action' }).click();
  await expect(anna.getByRole('status').filter({ hasText: `Deleted: “${title}”.` })).toBeVisible();
  await expect(card).toHaveCount(0);
});
