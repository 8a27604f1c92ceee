import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { closeAll, joinRetro, startRetro } from './support/people.ts';
import { addFactor, addTimelineCard, cardWithText, facilitatorGoesTo, factorWithText, phaseHeading, timelineCards, vote } from './support/room.ts';

const TITLE = 'Checkout errors after the 14:00 deploy';
const CANARY = 'The deploy pipeline has no canary stage for checkout-api';
const DUPLICATE = 'No canary for checkout deploys';
const THRESHOLD = 'The alert threshold needed 15 minutes of errors before paging';

test('a facilitator and two participants run a whole retro from the start page to the review', async ({ browser }) => {
  test.setTimeout(150_000);
  const facilitator = await startRetro(browser, TITLE, { clipboard: true });
  const f = facilitator.page;
  // The server sends a strict CSP (script-src/style-src 'self'): the app must never trip it.
  const cspViolations: string[] = [];
  f.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const bob = await joinRetro(browser, facilitator.joinUrl);
  const a = alice.page;
  const b = bob.page;
  const everyone = [f, a, b];
  await expect(f.getByTestId('presence')).toContainText('3 online');

  // Setup: the facilitator describes the incident; participants read along.
  await f.getByLabel('Summary', { exact: true }).fill('A config change in the 14:00 deploy made checkout-api reject card payments.');
  await f.getByLabel(/SEV2/).check();
  await f.getByLabel('Impact started', { exact: true }).fill('2025-03-04T14:02');
  await f.getByRole('button', { name: 'Save incident details' }).click();
  await f.getByLabel('Votes per person').fill('4');
  await f.getByRole('button', { name: 'Save settings' }).click();
  await expect(a.getByText('A config change in the 14:00 deploy')).toBeVisible();
  await expect(b.getByText('SEV2')).toBeVisible();

  // The timer is shown to everyone, counting down from the server's end time.
  await f.getByRole('button', { name: 'Start a 5 minute timer' }).click();
  for (const page of everyone) await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  await f.getByRole('button', { name: 'Stop timer' }).click();
  for (const page of everyone) await expect(page.getByRole('timer')).toHaveCount(0);

  // Timeline, written privately, then revealed.
  await facilitatorGoesTo(f, 'Timeline');
  for (const page of everyone) await expect(phaseHeading(page)).toHaveText('Timeline');
  await addTimelineCard(b, { text: 'Card payments start failing with HTTP 502', time: '2025-03-04T14:02', marker: 'Impact started' });
  await addTimelineCard(a, { text: 'Error-rate alert for checkout fires', time: '2025-03-04T14:19', marker: 'Detected' });
  await addTimelineCard(f, { text: 'Rolled back to v41; errors drop', time: '2025-03-04T14:41', marker: 'Mitigated' });
  await addTimelineCard(a, { text: 'Deploy of checkout-api v42 started', time: '2025-03-04T14:00' });
  await expect(f.getByTestId('hidden-cards')).toHaveText('3 cards from others are hidden until the facilitator reveals them.');
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  for (const page of everyone) {
    // In time order, whoever wrote them and whenever.
    await expect(page.getByTestId('card-text')).toHaveText([
      'Deploy of checkout-api v42 started',
      'Card payments start failing with HTTP 502',
      'Error-rate alert for checkout fires',
      'Rolled back to v41; errors drop',
    ]);
  }
  await expect(timelineCards(b).filter({ hasText: 'Impact started' })).toHaveCount(1);
  await expect(b.getByText('17 min later')).toBeVisible();

  // A participant edits their own card.
  await a.getByRole('button', { name: 'Edit card: Error-rate alert for checkout fires' }).click();
  await a.getByRole('form', { name: 'Edit timeline card' }).getByLabel('What happened').fill('Error-rate alert for checkout pages on-call');
  await a.getByRole('button', { name: 'Save card' }).click();
  for (const page of everyone) await expect(cardWithText(page, 'Error-rate alert for checkout pages on-call')).toHaveCount(1);

  // Contributing factors, with prompts; the facilitator merges a duplicate.
  await facilitatorGoesTo(f, 'Contributing factors');
  await addFactor(a, { text: CANARY, category: 'Change management', prompt: 'What made this hard?' });
  await addFactor(b, { text: THRESHOLD, category: 'Monitoring & detection', prompt: 'Why were we surprised?' });
  await addFactor(b, { text: DUPLICATE, category: 'Change management' });
  await f.getByRole('button', { name: /Reveal cards \(3 hidden\)/ }).click();
  for (const page of everyone) await expect(page.getByTestId('factor-card')).toHaveCount(3);
  const duplicateCard = f.getByTestId('factor-card').filter({ has: factorWithText(f, DUPLICATE) });
  await duplicateCard.getByText('Merge a duplicate…').click();
  await duplicateCard.getByLabel('Merge into').selectOption({ label: CANARY });
  await duplicateCard.getByRole('button', { name: /^Merge/ }).click();
  for (const page of everyone) {
    await expect(page.getByTestId('factor-card')).toHaveCount(2);
    await expect(factorWithText(page, DUPLICATE)).toHaveCount(0);
  }
  await expect(a.getByTestId('factor-card').filter({ has: factorWithText(a, CANARY) }).getByText('What made this hard?')).toBeVisible();

  // Voting: own dots and budget only; how many are done; no totals yet.
  await facilitatorGoesTo(f, 'Voting');
  await vote(a, CANARY, 3);
  await expect(a.getByTestId('votes-left')).toHaveText('1');
  await expect(a.getByRole('button', { name: `Vote for: ${CANARY}` })).toBeDisabled(); // at most 3 on one factor
  await vote(a, THRESHOLD, 1);
  await expect(a.getByTestId('votes-left')).toHaveText('0');
  await a.getByRole('button', { name: `Take back a vote from: ${THRESHOLD}` }).click();
  await expect(a.getByTestId('votes-left')).toHaveText('1');
  await vote(b, THRESHOLD, 2);
  await vote(b, CANARY, 1);
  await a.getByRole('button', { name: 'I’m done with this step' }).click();
  await b.getByRole('button', { name: 'I’m done with this step' }).click();
  await expect(f.getByTestId('vote-summary')).toContainText('2 of 2 done');
  for (const page of everyone) await expect(page.getByTestId('vote-total')).toHaveCount(0);

  // Action items: factors ranked by their totals, now visible.
  await facilitatorGoesTo(f, 'Action items');
  for (const page of everyone) {
    await expect(page.getByTestId('ranked-factor').first()).toContainText(CANARY);
    await expect(page.getByTestId('ranked-factor').first()).toContainText('4');
  }
  await a.getByRole('button', { name: `Plan an action for: ${CANARY}` }).click();
  await a.getByLabel('Action (start with a verb)').fill('Add a canary stage to checkout-api deploys');
  await a.getByLabel('Owning team or role').fill('Platform team');
  await a.getByLabel('Priority', { exact: true }).selectOption('high');
  await a.getByLabel('Done when… (optional)').fill('A deploy that raises the error rate stops at 5% of traffic');
  await a.getByLabel('Tracker link (optional)').fill('https://tracker.example/PLAT-42');
  await a.getByRole('button', { name: 'Add action item' }).click();
  await b.getByLabel('Action (start with a verb)').fill('Page on checkout errors after 3 minutes');
  await b.getByLabel('Owning team or role').fill('Payments on-call');
  await b.getByLabel('Kind', { exact: true }).selectOption('detect');
  await b.getByRole('button', { name: 'Add action item' }).click();
  for (const page of everyone) await expect(page.getByTestId('action-item')).toHaveCount(2);
  const canaryAction = f.getByTestId('action-item').filter({ hasText: 'Add a canary stage' });
  await expect(canaryAction).toContainText('Platform team');
  await expect(canaryAction.getByText(CANARY)).toBeVisible();
  await canaryAction.getByLabel('Status', { exact: true }).selectOption('in-progress');
  await canaryAction.getByRole('button', { name: 'Update status' }).click();
  await expect(a.getByTestId('action-item').filter({ hasText: 'Add a canary stage' }).getByTestId('action-status')).toHaveText('In progress');
  // "Not doing" needs a reason.
  const pageAction = f.getByTestId('action-item').filter({ hasText: 'Page on checkout errors' });
  await pageAction.getByLabel('Status', { exact: true }).selectOption('not-doing');
  await pageAction.getByRole('button', { name: 'Update status' }).click();
  await expect(pageAction.getByRole('alert')).toHaveText('Say why this will not be done.');
  await pageAction.getByLabel('Why not?').fill('The new SLO alerting project replaces this alert');
  await pageAction.getByRole('button', { name: 'Update status' }).click();
  await expect(b.getByTestId('action-item').filter({ hasText: 'Page on checkout errors' })).toContainText('The new SLO alerting project replaces this alert');

  // Review: key moments with derived durations, and the post-mortem to take away.
  await facilitatorGoesTo(f, 'Review');
  for (const page of everyone) await expect(phaseHeading(page)).toHaveText('Review');
  await expect(f.getByTestId('durations')).toContainText('17 min');
  await expect(f.getByTestId('durations')).toContainText('Time undetected');
  await expect(f.getByTestId('durations')).toContainText('39 min');
  const postMortem = f.getByTestId('post-mortem');
  await expect(postMortem.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(postMortem).toContainText('Add a canary stage to checkout-api deploys');
  await expect(b.getByTestId('post-mortem')).toContainText(CANARY);

  const [markdownFile] = await Promise.all([f.waitForEvent('download'), f.getByRole('button', { name: 'Download .md' }).click()]);
  expect(markdownFile.suggestedFilename()).toMatch(/\.md$/);
  const downloaded = await readFile((await markdownFile.path())!, 'utf8');
  expect(downloaded.startsWith(`# ${TITLE}\n`)).toBe(true);
  for (const heading of ['## Timeline', '## Contributing factors', '## Action items', '## Participation']) {
    expect(downloaded).toContain(`\n${heading}\n`);
  }
  expect(downloaded).toContain('Add a canary stage');
  const [jsonFile] = await Promise.all([f.waitForEvent('download'), f.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(jsonFile.suggestedFilename()).toMatch(/\.json$/);
  await f.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(f.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await f.evaluate(() => navigator.clipboard.readText())).toContain(`# ${TITLE}`);

  // In review the status stays editable for follow-up.
  await canaryAction.getByLabel('Status', { exact: true }).selectOption('done');
  await canaryAction.getByRole('button', { name: 'Update status' }).click();
  await expect(a.getByTestId('action-item').filter({ hasText: 'Add a canary stage' }).getByTestId('action-status')).toHaveText('Done');

  expect(cspViolations).toEqual([]);
  for (const person of [facilitator, alice, bob]) expect(person.foreignRequests).toEqual([]);
  await closeAll(facilitator, alice, bob);
});
