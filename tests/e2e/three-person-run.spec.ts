import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { closeAll, joinRetro, PHONE, startRetro } from './support/people.ts';
import { addFactor, addTimelineCard, facilitatorGoesTo, phaseHeading, vote } from './support/room.ts';

/**
 * A facilitator on a laptop, one participant on a laptop and one on a phone: the places where
 * such a team got stuck or misread the screen.
 */

/** The labels of visible buttons that `box` overlaps, other than its own. */
function buttonsCoveredBy(box: Locator): Promise<string[]> {
  return box.evaluate((element) => {
    const area = element.getBoundingClientRect();
    return [...document.querySelectorAll('button')]
      .filter((button) => !element.contains(button) && button.checkVisibility())
      .filter((button) => {
        const b = button.getBoundingClientRect();
        return b.left < area.right && area.left < b.right && b.top < area.bottom && area.top < b.bottom;
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent ?? '');
  });
}

test('voting: reveal first or go on without, private factors take no vote, done and votes-placed counts', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Three-person voting');
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const phone = await joinRetro(browser, facilitator.joinUrl, { viewport: PHONE });
  const f = facilitator.page;
  const everyone = [f, alice.page, phone.page];

  // "N of M done" counts those asked to do the step: the two participants, not the facilitator.
  await expect(f.getByTestId('presence')).toHaveText('3 online · 0 of 2 done');
  await expect(f.getByRole('button', { name: 'I’m done with this step' })).toHaveCount(0);
  await alice.page.getByRole('button', { name: 'I’m done with this step' }).click();
  await expect(f.getByTestId('presence')).toHaveText('3 online · 1 of 2 done');

  await facilitatorGoesTo(f, 'Contributing factors');
  const aliceFactor = 'Queue depth had no alert';
  const phoneFactor = 'Retries doubled the load';
  await addFactor(alice.page, { text: aliceFactor });
  await addFactor(phone.page, { text: phoneFactor });
  await expect(f.getByTestId('hidden-factors')).toContainText('2 factors from others');
  // Nothing is visible yet, and the board says so rather than "no factors".
  await expect(f.getByText('Nothing visible yet — 2 factors hidden until the reveal.')).toBeVisible();

  // Moving to voting with factors still hidden asks first. Going on without them:
  await f.getByRole('button', { name: /^Next: Voting/ }).click();
  const ask = f.getByRole('dialog', { name: 'Reveal before voting?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('2 factors are still hidden');
  await expectNoSeriousA11yViolations(f, 'the reveal-first question');
  await ask.getByRole('button', { name: 'Start voting without them' }).click();
  await expect(ask).toHaveCount(0);
  for (const page of everyone) await expect(phaseHeading(page)).toHaveText('Voting');

  // Each author sees their own private factor, with the reason instead of a vote button.
  for (const [page, text] of [[alice.page, aliceFactor], [phone.page, phoneFactor]] as const) {
    const row = page.getByTestId('vote-row').filter({ hasText: text });
    await expect(row.getByTestId('vote-private')).toHaveText(
      'Only you can see this factor until the facilitator reveals it, so it cannot take votes yet.',
    );
    await expect(row.getByRole('button')).toHaveCount(0);
  }
  await expect(f.getByText('Nothing visible yet — 2 factors hidden until the reveal.')).toBeVisible();

  // Back, and forward again: this time reveal and start voting, in one step.
  await f.getByRole('button', { name: '← Contributing factors' }).click();
  await expect(phaseHeading(f)).toHaveText('Contributing factors');
  // On the phone, the phase bar names the current phase (the others are numbers).
  const phoneStep = phone.page.locator('[aria-current="step"]');
  await expect(phoneStep.getByText('Contributing factors')).toBeVisible();
  const otherLabelWidths = await phone.page
    .locator('.stepper__step:not([aria-current]) .stepper__label')
    .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().width));
  expect(otherLabelWidths).toHaveLength(5);
  for (const width of otherLabelWidths) expect(width).toBeLessThanOrEqual(1);

  await f.getByRole('navigation', { name: 'Retro phases' }).getByRole('button', { name: 'Go to Voting' }).click();
  await f.getByRole('dialog', { name: 'Reveal before voting?' }).getByRole('button', { name: 'Reveal and start voting' }).click();
  for (const page of everyone) {
    await expect(phaseHeading(page)).toHaveText('Voting');
    await expect(page.getByRole('button', { name: `Vote for: ${aliceFactor}` })).toBeEnabled();
    await expect(page.getByRole('button', { name: `Vote for: ${phoneFactor}` })).toBeEnabled();
  }
  await expect(phoneStep.getByText('Voting')).toBeVisible();

  // The facilitator sees how far voting has got: all dots placed, of all there could be
  // (5 each for the 3 people online), and nothing per factor or per person.
  await expect(f.getByTestId('votes-placed')).toHaveText('0 of 15 votes placed');
  await vote(alice.page, aliceFactor, 2);
  await vote(phone.page, phoneFactor, 1);
  await expect(f.getByTestId('votes-placed')).toHaveText('3 of 15 votes placed');
  for (const page of [alice.page, phone.page]) await expect(page.getByTestId('votes-placed')).toHaveCount(0);
  // Totals of the first round are visible since voting was left once; readiness restarted.
  await expect(f.getByTestId('done-count')).toHaveText('0 of 2 done');
  await phone.page.getByRole('button', { name: 'I’m done with this step' }).click();
  await expect(f.getByTestId('done-count')).toHaveText('1 of 2 done');

  await closeAll(facilitator, alice, phone);
});

test('votes placed before any reveal of totals carry no per-factor number, and a repeated refusal shows once, covering nothing', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Votes and notices');
  const f = facilitator.page;
  await f.getByLabel('Private writing').uncheck();
  await f.getByRole('button', { name: 'Save settings' }).click();
  await expect(f.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const phone = await joinRetro(browser, facilitator.joinUrl, { viewport: PHONE });

  await facilitatorGoesTo(f, 'Contributing factors');
  const factor = 'Deploys skipped the canary';
  await addFactor(alice.page, { text: factor });
  // Nothing hidden: straight to voting, no question asked.
  await f.getByRole('button', { name: /^Next: Voting/ }).click();
  await expect(f.getByRole('dialog')).toHaveCount(0);
  for (const page of [f, alice.page, phone.page]) await expect(phaseHeading(page)).toHaveText('Voting');

  await vote(alice.page, factor, 1);
  await expect(f.getByTestId('votes-placed')).toHaveText('1 of 15 votes placed');
  for (const page of [f, alice.page, phone.page]) await expect(page.getByTestId('vote-total')).toHaveCount(0);

  // The phone votes while offline; voting closes before it is back, so both votes are refused.
  await phone.context.setOffline(true);
  await expect(phone.page.getByTestId('connection-status')).toContainText('Offline');
  await vote(phone.page, factor, 2);
  await facilitatorGoesTo(f, 'Action items');
  await phone.context.setOffline(false);
  await expect(phaseHeading(phone.page)).toHaveText('Action items');
  const notices = phone.page.locator('.notice');
  await expect(notices.filter({ hasText: 'Your vote did not go through' })).toHaveCount(1);
  await expect(phone.page.getByTestId('connection-status')).toHaveText('Live');
  await expect(notices).toHaveCount(1);
  expect(await buttonsCoveredBy(notices.first())).toEqual([]);
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toHaveCount(0);

  await closeAll(facilitator, alice, phone);
});

test('an empty timeline says what is hidden; a refused action item says why once per field; the review on a phone shows each thing once', async ({ browser }) => {
  const facilitator = await startRetro(browser, 'Review on a phone');
  const f = facilitator.page;
  const summary = 'A pool size change made checkout reject payments for an hour.';
  await f.getByLabel('Summary', { exact: true }).fill(summary);
  await f.getByRole('button', { name: 'Save incident details' }).click();
  await expect(f.getByRole('button', { name: 'Save incident details' })).toBeDisabled();
  const alice = await joinRetro(browser, facilitator.joinUrl);
  const phone = await joinRetro(browser, facilitator.joinUrl, { viewport: PHONE });

  await facilitatorGoesTo(f, 'Timeline');
  await addTimelineCard(alice.page, { text: 'Error rate rises above 5%', time: '2025-03-04T14:02', marker: 'Impact started' });
  await addTimelineCard(phone.page, { text: 'Pool size change rolled back', time: '2025-03-04T14:49', marker: 'Mitigated' });
  await expect(f.getByTestId('hidden-cards')).toHaveText('2 cards from others are hidden until the facilitator reveals them.');
  await expect(f.getByText('Nothing visible yet — 2 cards hidden until the reveal.')).toBeVisible();
  await expect(f.getByText('No cards yet')).toHaveCount(0);
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(f.getByTestId('timeline-card')).toHaveCount(2);

  await facilitatorGoesTo(f, 'Action items');
  const form = phone.page.getByRole('form', { name: 'Add an action item' });
  await form.getByLabel('Action (start with a verb)').fill('Bob should double-check every deploy');
  await form.getByLabel('Owning team or role').fill('Bob');
  await form.getByRole('button', { name: 'Add action item' }).click();
  // Once under each field that caused it, and only a pointer by the button.
  await expect(form.getByText('never a named individual')).toHaveCount(2);
  await expect(form.getByTestId('action-form-status')).toHaveText('Not saved: see the note under Action and Owning team or role.');
  await form.getByLabel('Action (start with a verb)').fill('Add a second review to pool size changes');
  await form.getByLabel('Owning team or role').fill('Payments team');
  await form.getByRole('button', { name: 'Add action item' }).click();
  await expect(f.getByTestId('action-item')).toHaveCount(1);

  await facilitatorGoesTo(f, 'Review');
  const p = phone.page;
  await expect(phaseHeading(p)).toHaveText('Review');
  // On the phone the summary shows once; the post-mortem preview waits until asked for.
  const preview = p.getByText('Preview the post-mortem as downloaded');
  await expect(preview).toBeVisible();
  await expect(p.getByTestId('post-mortem')).toHaveCount(0);
  await expect(p.getByText(summary)).toHaveCount(1);
  // On the laptop there is room for both: the preview is open.
  await expect(f.getByTestId('post-mortem')).toBeVisible();

  await preview.click();
  const postMortem = p.getByTestId('post-mortem');
  await expect(postMortem).toBeVisible();
  await expect(postMortem.locator('table').first()).toBeVisible();
  // No table squeezes its cells into a word per line: headers sit on one line, and a cell of
  // several words keeps more than one word on a line.
  const cells = await postMortem.locator('th, td').evaluateAll((nodes) =>
    nodes.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      const words = (cell.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
      return { text: cell.textContent, header: cell.tagName === 'TH', lines, words };
    }),
  );
  expect(cells.filter((cell) => cell.header).length).toBeGreaterThan(0);
  expect(cells.filter((cell) => cell.header && cell.lines > 1)).toEqual([]);
  expect(cells.filter((cell) => !cell.header && cell.words > 2 && cell.lines >= cell.words)).toEqual([]);
  // The page itself never scrolls sideways; a wide table scrolls in its own box.
  expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await closeAll(facilitator, alice, phone);
});
