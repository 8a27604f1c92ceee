import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { closeAll, expectLive, startRetro } from './support/people.ts';
import { facilitatorGoesTo } from './support/room.ts';

test('a retro started as a follow-up opens with the earlier open actions, from the list of retros this browser started', async ({ browser }) => {
  const earlier = await startRetro(browser, 'Checkout outage in May', { clipboard: true });
  const page = earlier.page;
  await facilitatorGoesTo(page, 'Action items');
  const add = async (title: string) => {
    await page.getByLabel('Action (start with a verb)').fill(title);
    await page.getByLabel('Owning team or role').fill('Platform team');
    await page.getByLabel('Due date').fill('2020-01-31');
    await page.getByLabel('Done when… (optional)').fill('Every deploy goes through it');
    await page.getByRole('button', { name: 'Add action item' }).click();
    await expect(page.getByTestId('action-item').filter({ hasText: title })).toHaveCount(1);
  };
  await add('Add a canary stage to checkout deploys');
  await add('Document the rollback');
  const documented = page.getByTestId('action-item').filter({ hasText: 'Document the rollback' });
  await documented.getByLabel('Status', { exact: true }).selectOption('done');
  await documented.getByRole('button', { name: 'Update status' }).click();
  await expect(documented.getByTestId('action-status')).toHaveText('Done');

  // "Copy as issue" gives tracker-ready Markdown.
  await page.getByRole('button', { name: 'Copy as issue: Add a canary stage to checkout deploys' }).click();
  await expect(page.getByRole('button', { name: 'Copy as issue: Add a canary stage to checkout deploys' })).toHaveText(/Copied/);
  const issue = await page.evaluate(() => navigator.clipboard.readText());
  expect(issue).toContain('## Add a canary stage to checkout deploys');
  expect(issue).toContain('**Done when:** Every deploy goes through it');

  // Back on the start page of the same browser: the retro is listed, with its open and overdue actions.
  await page.goto('/');
  const listed = page.getByTestId('my-retro').filter({ hasText: 'Checkout outage in May' });
  await expect(listed).toContainText('Action items');
  await expect(listed).toContainText('1 open action');
  await expect(listed).toContainText('1 overdue');

  await page.getByLabel('Retro title').fill('Checkout outage in June');
  await page.getByLabel('Follows up on (optional)').selectOption({ label: 'Checkout outage in May' });
  await page.getByRole('button', { name: 'Start a retro' }).click();
  await expectLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout outage in June');

  const followUp = page.getByRole('region', { name: 'Follow-up on earlier actions' });
  await expect(followUp.getByTestId('action-item')).toHaveCount(1);
  await expect(followUp).toContainText('Add a canary stage to checkout deploys');
  await expect(followUp).toContainText('Carried over from “Checkout outage in May”');
  await expect(followUp).not.toContainText('Document the rollback');
  await followUp.getByLabel('Status', { exact: true }).selectOption('in-progress');
  await followUp.getByRole('button', { name: 'Update status' }).click();
  await expect(followUp.getByTestId('action-status')).toHaveText('In progress');

  // In review, the action items download as CSV for a tracker, the carried one saying where from.
  await facilitatorGoesTo(page, 'Review');
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Action items .csv' }).click()]);
  expect(csvFile.suggestedFilename()).toMatch(/checkout-outage-in-june\.csv$/);
  const rows = parse(await readFile((await csvFile.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
  expect(rows.map((row) => [row.title, row.status, row.carried_from])).toEqual([
    ['Add a canary stage to checkout deploys', 'In progress', 'Checkout outage in May'],
  ]);

  await closeAll(earlier);
});
