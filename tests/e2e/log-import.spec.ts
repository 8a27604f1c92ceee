import { expect, test } from '@playwright/test';
import { closeAll, joinRetro, startRetro } from './support/people.ts';
import { cardWithText, facilitatorGoesTo, timelineCards } from './support/room.ts';

const chatLog = [
  'Alex Doe  2:02 PM',
  'alert fired: checkout error rate above 5%, @sam.roe can you look?',
  'Sam Roe  2:04 PM',
  'looking into it',
  'Sam Roe  2:05 PM',
  'coffee first',
  'Riley Poe  2:11 PM',
  'rolled back deploy 42',
].join('\n');

test('a pasted chat log becomes timeline cards, without the names, in one go', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Import check');
  const alice = await joinRetro(browser, facilitator.joinUrl);
  await facilitatorGoesTo(facilitator.page, 'Timeline');
  await expect(alice.page.locator('#phase-heading')).toHaveText('Timeline');

  const page = alice.page;
  await page.getByRole('button', { name: 'Import from a log' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import from a log' });
  await expect(dialog).toContainText('become “someone”');
  await dialog.getByLabel('Time zone of the log').fill('UTC');
  await dialog.getByLabel('Date for times without one').fill('2025-03-04');
  await dialog.getByLabel('Paste the log, or drop a file on it').fill(chatLog);

  const rows = dialog.getByTestId('import-row');
  await expect(rows).toHaveCount(4);
  await expect(dialog).toContainText('Read as chat copy-paste');
  await expect(rows.first()).toContainText('alert fired: checkout error rate above 5%, someone can you look?');
  // The suggested markers are shown and can be changed before anything is sent.
  await expect(dialog.getByLabel('Marker for line 1')).toHaveValue('detected');
  await expect(dialog.getByLabel('Marker for line 4')).toHaveValue('mitigated');
  await dialog.getByLabel('Marker for line 2').selectOption('acknowledged');
  await dialog.getByLabel('Import line 3').uncheck();
  await dialog.getByRole('button', { name: 'Add 3 cards' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(timelineCards(page)).toHaveCount(3);
  await expect(cardWithText(page, 'looking into it')).toHaveCount(1);
  await expect(page.getByText('coffee first')).toHaveCount(0);

  // Imported cards follow private writing like typed ones, and carry no names.
  await expect(facilitator.page.getByTestId('hidden-cards')).toHaveText('3 cards from others are hidden until the facilitator reveals them.');
  await facilitator.page.getByRole('button', { name: /Reveal cards \(3 hidden\)/ }).click();
  await expect(timelineCards(facilitator.page)).toHaveCount(3);
  await expect(timelineCards(facilitator.page).first()).toContainText('someone can you look?');
  await expect(timelineCards(facilitator.page).nth(1)).toContainText('Acknowledged');
  await expect(timelineCards(facilitator.page).nth(2)).toContainText('rolled back deploy 42');
  for (const name of ['Alex', 'Sam', 'Riley', 'Doe', 'Roe', 'Poe']) {
    await expect(timelineCards(facilitator.page).filter({ hasText: name })).toHaveCount(0);
  }

  await closeAll(facilitator, alice);
});
