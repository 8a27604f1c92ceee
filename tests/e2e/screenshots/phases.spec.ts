import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { closeAll, joinRetro, newPerson, startRetro, type Person } from '../support/people.ts';
import { addFactor, addTimelineCard, facilitatorGoesTo, vote } from '../support/room.ts';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

/** Captures the page the person sees at desktop and phone width (full page). */
async function capture(page: Page, name: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme });
  const suffix = colorScheme === 'dark' ? '-dark' : '';
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${OUT}${name}-desktop${suffix}.png`, fullPage: true, animations: 'disabled' });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${OUT}${name}-phone${suffix}.png`, fullPage: true, animations: 'disabled' });
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screenshots of every phase', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });

  const visitor = await newPerson(browser);
  await visitor.page.goto('/');
  await expect(visitor.page.getByLabel('Retro title')).toBeVisible();
  await visitor.page.getByLabel('Retro title').fill('Checkout errors after the 14:00 deploy');
  await capture(visitor.page, 'start');
  await capture(visitor.page, 'start', 'dark');

  const facilitator = await startRetro(browser, 'Checkout errors after the 14:00 deploy');
  const participant = await joinRetro(browser, facilitator.joinUrl);
  const f = facilitator.page;
  const p = participant.page;

  // Setup
  await f.getByLabel('Summary', { exact: true }).fill(
    'A configuration change shipped with the 14:00 deploy made checkout-api reject about a third of card payments for 41 minutes.',
  );
  await f.getByLabel(/SEV2/).check();
  await f.getByLabel('Customer impact', { exact: true }).fill('Roughly 1,800 customers saw "payment failed" at checkout; most retried successfully.');
  await f.getByLabel('Impact started', { exact: true }).fill('2025-03-04T14:02');
  await f.getByLabel('Impact ended', { exact: true }).fill('2025-03-04T14:43');
  await f.getByRole('button', { name: 'Save incident details' }).click();
  await expect(f.getByText('Saved')).toBeVisible();
  await f.getByLabel('Votes per person').fill('3');
  await f.getByRole('button', { name: 'Save settings' }).click();
  await capture(f, 'setup-facilitator');
  await expect(p.getByText('A configuration change shipped')).toBeVisible();
  await capture(p, 'setup-participant');

  // Timeline
  await facilitatorGoesTo(f, 'Timeline');
  await addTimelineCard(p, { text: 'Deploy of checkout-api v42 started', time: '2025-03-04T14:00' });
  await addTimelineCard(p, { text: 'Card payments start failing with HTTP 502', time: '2025-03-04T14:02', marker: 'Impact started' });
  await addTimelineCard(f, { text: 'Error-rate alert for checkout fires', time: '2025-03-04T14:19', marker: 'Detected' });
  await addTimelineCard(f, { text: 'On-call acknowledges the page', time: '2025-03-04T14:23', marker: 'Acknowledged' });
  await addTimelineCard(p, { text: 'Rolled back to v41; errors drop', time: '2025-03-04T14:41', marker: 'Mitigated' });
  await addTimelineCard(f, { text: 'Error rate back to baseline', time: '2025-03-04T14:43', marker: 'Resolved' });
  await capture(p, 'timeline-private');
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(p.getByTestId('timeline-card')).toHaveCount(6);
  await capture(p, 'timeline');
  // Offline: what you type is kept and marked as waiting.
  await participant.context.setOffline(true);
  await expect(p.getByTestId('connection-status')).toContainText('Offline');
  await addTimelineCard(p, { text: 'Status page still showed all green', time: '2025-03-04T14:25' });
  await capture(p, 'timeline-offline');
  await participant.context.setOffline(false);
  await expect(p.getByTestId('connection-status')).toHaveText('Live');
  await expect(p.getByText(/Sending…|Waiting to send/)).toHaveCount(0);
  await capture(f, 'timeline-facilitator', 'dark');

  // Contributing factors
  await facilitatorGoesTo(f, 'Contributing factors');
  await addFactor(p, { text: 'The deploy pipeline has no canary stage for checkout-api', category: 'Change management', prompt: 'What made this hard?' });
  await addFactor(p, { text: 'The alert threshold needed 15 minutes of errors before paging', category: 'Monitoring & detection', prompt: 'Why were we surprised?' });
  await addFactor(f, { text: 'The previous version was still cached, so the rollback took 2 minutes', category: 'Tooling & automation', prompt: 'Where did we get lucky?' });
  await addFactor(f, { text: 'No canary for checkout deploys', category: 'Change management' });
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(p.getByTestId('factor-card')).toHaveCount(4);
  await expect(f.getByTestId('factor-card')).toHaveCount(4);
  await capture(f, 'factors-facilitator');
  await capture(p, 'factors');

  // Voting
  await facilitatorGoesTo(f, 'Voting');
  await vote(p, 'The deploy pipeline has no canary stage for checkout-api', 2);
  await vote(p, 'The alert threshold needed 15 minutes of errors before paging', 1);
  await vote(f, 'The alert threshold needed 15 minutes of errors before paging', 2);
  await p.getByRole('button', { name: 'I’m done with this step' }).click();
  await expect(p.getByTestId('votes-left')).toHaveText('0');
  await capture(p, 'voting');
  await expect(f.getByTestId('votes-placed')).toHaveText('5 of 6 votes placed');
  await capture(f, 'voting-facilitator');

  // Action items
  await facilitatorGoesTo(f, 'Action items');
  await p.getByRole('button', { name: 'Plan an action for: The deploy pipeline has no canary stage for checkout-api' }).click();
  await p.getByLabel('Action (start with a verb)').fill('Add a canary stage to checkout-api deploys');
  await p.getByLabel('Owning team or role').fill('Platform team');
  await p.getByLabel('Priority', { exact: true }).selectOption('high');
  await p.getByLabel('Done when… (optional)').fill('A deploy that raises the error rate stops at 5% of traffic');
  await p.getByRole('button', { name: 'Add action item' }).click();
  await expect(p.getByTestId('action-item')).toHaveCount(1);
  await p.getByLabel('Action (start with a verb)').fill('Page on checkout errors after 3 minutes');
  await p.getByLabel('Owning team or role').fill('Payments on-call');
  await p.getByLabel('Kind', { exact: true }).selectOption('detect');
  await p.getByRole('button', { name: 'Add action item' }).click();
  await expect(p.getByTestId('action-item')).toHaveCount(2);
  await capture(p, 'actions');
  await capture(f, 'actions-facilitator');

  // Review
  await facilitatorGoesTo(f, 'Review');
  await expect(f.getByTestId('post-mortem')).toBeVisible();
  await capture(f, 'review');
  await capture(f, 'review', 'dark');

  // Problem pages
  await visitor.page.goto('/r/NoSuchRetro123');
  await expect(visitor.page.getByRole('heading', { name: 'This retro does not exist' })).toBeVisible();
  await capture(visitor.page, 'not-found');

  await closeAll(visitor, facilitator as Person, participant);
});
