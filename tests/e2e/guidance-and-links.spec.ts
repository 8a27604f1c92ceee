import { expect, test } from '@playwright/test';
import { closeAll, joinRetro, newPerson, startRetro } from './support/people.ts';
import { facilitatorGoesTo } from './support/room.ts';

test('blaming wording gets a quiet hint on cards, and an action item for a named person is refused with a rewrite', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Blameless wording');
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const a = alice.page;
  await facilitatorGoesTo(facilitator.page, 'Timeline');

  const cardText = a.getByRole('form', { name: 'Add a timeline card' }).getByLabel('What happened?');
  await cardText.fill('Bob should have checked the dashboard');
  await expect(a.getByText(/Counterfactual/)).toBeVisible();
  await expect(a.getByText(/Try: Describe what was known and seen at the time/)).toBeVisible();
  // A hint never blocks a card.
  await a.getByRole('button', { name: 'Add card' }).click();
  await expect(a.getByTestId('card-text')).toHaveText(['Bob should have checked the dashboard']);
  // Revealed, so moving on through voting does not stop to ask about a hidden card.
  await facilitator.page.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(facilitator.page.getByTestId('card-text')).toHaveText(['Bob should have checked the dashboard']);

  await facilitatorGoesTo(facilitator.page, 'Action items');
  await a.getByLabel('Action (start with a verb)').fill('Add a confirmation step to production deploys');
  await a.getByLabel('Owning team or role').fill('Sam');
  await a.getByRole('button', { name: 'Add action item' }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'never a named individual' })).toBeVisible();
  await expect(a.getByText(/Suggested rewrite: Use the owning team or role/)).toBeVisible();
  // What was typed stays, to be reworded rather than retyped; nothing was added.
  await expect(a.getByLabel('Owning team or role')).toHaveValue('Sam');
  await expect(a.getByLabel('Action (start with a verb)')).toHaveValue('Add a confirmation step to production deploys');
  await expect(a.getByTestId('action-item')).toHaveCount(0);

  await a.getByLabel('Owning team or role').fill('Release engineering');
  await a.getByRole('button', { name: 'Add action item' }).click();
  await expect(facilitator.page.getByTestId('action-item')).toHaveCount(1);
  await expect(a.getByLabel('Owning team or role')).toHaveValue('');

  await closeAll(facilitator, alice);
});

test('an unknown retro and a wrong facilitator link each get a clear page', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Link checks');
  const visitor = await newPerson(browser);
  await visitor.page.goto('/r/ThisRetroDoesNotExist1');
  await expect(visitor.page.getByRole('heading', { name: 'This retro does not exist' })).toBeVisible();

  await visitor.page.goto(`/r/${facilitator.retroId}#key=not-the-right-key`);
  await expect(visitor.page.getByRole('heading', { name: 'This facilitator link is not valid' })).toBeVisible();
  await visitor.page.getByRole('link', { name: 'Join as a participant' }).click();
  await expect(visitor.page.getByTestId('connection-status')).toHaveText('Live');
  await expect(visitor.page.getByText('Anonymous participant')).toBeVisible();

  await closeAll(facilitator, visitor);
});
