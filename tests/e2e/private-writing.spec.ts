import { expect, test } from '@playwright/test';
import { closeAll, joinRetro, startRetro } from './support/people.ts';
import { addTimelineCard, cardWithText, facilitatorGoesTo, timelineCards } from './support/room.ts';

test('private writing hides cards from everyone else until the reveal, and a reload keeps my cards mine', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Private writing check');
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const bob = await joinRetro(browser, facilitator.joinUrl);
  await facilitatorGoesTo(facilitator.page, 'Timeline');
  for (const person of [alice, bob]) await expect(person.page.locator('#phase-heading')).toHaveText('Timeline');

  const secret = 'Queue depth graph looked flat all morning';
  await addTimelineCard(alice.page, { text: secret, time: '2025-03-04T09:15' });
  await expect(cardWithText(alice.page, secret)).toHaveCount(1);
  await expect(alice.page.getByText('Only you can see this')).toBeVisible();

  // Everyone else — the facilitator included — sees a count, never the text.
  for (const other of [bob.page, facilitator.page]) {
    await expect(other.getByTestId('hidden-cards')).toHaveText('1 card from others is hidden until the facilitator reveals them.');
    await expect(other.getByText(secret)).toHaveCount(0);
    await expect(timelineCards(other)).toHaveCount(0);
  }

  // A reload is the same anonymous participant: the card is still there and still theirs.
  await alice.page.reload();
  await expect(cardWithText(alice.page, secret)).toHaveCount(1);
  await expect(alice.page.getByRole('button', { name: `Edit card: ${secret}` })).toBeVisible();
  await expect(alice.page.getByText('Only you can see this')).toBeVisible();

  await facilitator.page.getByRole('button', { name: /Reveal cards \(1 hidden\)/ }).click();
  for (const person of [alice.page, bob.page, facilitator.page]) {
    await expect(cardWithText(person, secret)).toHaveCount(1);
    await expect(person.getByTestId('hidden-cards')).toHaveText('');
  }
  // Revealed, it is still Alice's own (editable by her), and not Bob's.
  await expect(alice.page.getByRole('button', { name: `Remove card: ${secret}` })).toBeVisible();
  await expect(bob.page.getByRole('button', { name: `Edit card: ${secret}` })).toHaveCount(0);
  // The facilitator may moderate any card.
  await expect(facilitator.page.getByRole('button', { name: `Edit card: ${secret}` })).toBeVisible();

  await closeAll(facilitator, alice, bob);
});
