import { expect, test } from '@playwright/test';
import { closeAll, expectLive, joinRetro, startRetro } from './support/people.ts';
import { addTimelineCard, cardWithText, facilitatorGoesTo, timelineCards } from './support/room.ts';

test('cards added while offline are kept, sent once on reconnect, and shown exactly once everywhere', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Offline resilience');
  const f = facilitator.page;
  // Private writing off, so everyone sees cards as soon as the server has them.
  await f.getByLabel('Private writing').uncheck();
  await f.getByRole('button', { name: 'Save settings' }).click();
  await expect(f.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const bob = await joinRetro(browser, facilitator.joinUrl);
  await facilitatorGoesTo(f, 'Timeline');
  await expect(alice.page.locator('#phase-heading')).toHaveText('Timeline');

  await addTimelineCard(bob.page, { text: 'Bob was here before the outage', time: '2025-03-04T13:55' });
  for (const page of [f, alice.page]) await expect(cardWithText(page, 'Bob was here before the outage')).toHaveCount(1);

  await alice.context.setOffline(true);
  await expect(alice.page.getByTestId('connection-status')).toContainText('Offline');

  const first = 'Status page showed all green while checkout failed';
  const second = 'Support ticket volume tripled';
  await addTimelineCard(alice.page, { text: first, time: '2025-03-04T14:10' });
  await addTimelineCard(alice.page, { text: second, time: '2025-03-04T14:12' });
  // Kept and shown to Alice at once, marked as not yet sent.
  await expect(timelineCards(alice.page).filter({ hasText: first }).getByText('Waiting to send')).toBeVisible();
  await expect(alice.page.getByTestId('connection-status')).toHaveText('Offline · 2 to send');
  await expect(cardWithText(f, first)).toHaveCount(0);

  await alice.context.setOffline(false);
  await expectLive(alice.page);
  for (const page of [f, alice.page, bob.page]) {
    await expect(cardWithText(page, first)).toHaveCount(1);
    await expect(cardWithText(page, second)).toHaveCount(1);
    await expect(timelineCards(page)).toHaveCount(3);
  }
  await expect(alice.page.getByText(/Sending…|Waiting to send/)).toHaveCount(0);
  // Alice's offline cards are hers (editable), not Bob's.
  await expect(alice.page.getByRole('button', { name: `Edit card: ${first}` })).toBeVisible();
  await expect(bob.page.getByRole('button', { name: `Edit card: ${first}` })).toHaveCount(0);

  // After a reload, still exactly once (nothing pending was left to send twice).
  await alice.page.reload();
  await expectLive(alice.page);
  await expect(cardWithText(alice.page, first)).toHaveCount(1);
  await expect(timelineCards(alice.page)).toHaveCount(3);

  await closeAll(facilitator, alice, bob);
});
