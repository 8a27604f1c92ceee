import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { closeAll, expectLive, joinRetro, startRetro } from '../support/people.ts';
import { facilitatorGoesTo } from '../support/room.ts';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

/** The viewport only: a modal dialog is what the person sees, not the page behind it. */
async function capture(page: Page, name: string, fullPage = false) {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${OUT}${name}-desktop.png`, fullPage, animations: 'disabled' });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${OUT}${name}-phone.png`, fullPage, animations: 'disabled' });
  await page.setViewportSize(DESKTOP);
}

const LOG = `Alex Doe  2:02 PM
Card payments failing with HTTP 502 since the deploy, @sam.roe can you look?
Sam Roe  2:19 PM
alert fired: checkout error rate above 5%
Sam Roe  2:23 PM
acknowledged, investigating checkout-api
Riley Poe  2:30 PM
Someone forgot to update the config before the deploy
Riley Poe  2:41 PM
rolled back to v41, errors dropping
Alex Doe  2:43 PM
error rate back to normal, all clear`;

test('screenshots of the log import and a follow-up retro', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  const facilitator = await startRetro(browser, 'Checkout errors after the 14:00 deploy');
  const participant = await joinRetro(browser, facilitator.joinUrl);
  const f = facilitator.page;
  const p = participant.page;

  await facilitatorGoesTo(f, 'Timeline');
  await p.getByRole('button', { name: 'Import from a log' }).click();
  const dialog = p.getByRole('dialog', { name: 'Import from a log' });
  await dialog.getByLabel('Time zone of the log').fill('UTC');
  await dialog.getByLabel('Date for times without one').fill('2025-03-04');
  await dialog.getByLabel('Paste the log, or drop a file on it').fill(LOG);
  await expect(dialog.getByTestId('import-row')).toHaveCount(6);
  // The wording hint on the fourth line is part of what the preview is for.
  await expect(dialog.getByTestId('import-row').nth(3)).toContainText('Try:');
  await capture(p, 'timeline-import');
  await dialog.getByLabel('Import line 4').uncheck();
  await dialog.getByRole('button', { name: 'Add 5 cards' }).click();
  await expect(dialog).toBeHidden();
  // Revealed first, so moving on through voting does not stop to ask about hidden cards.
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(f.getByTestId('timeline-card')).toHaveCount(5);

  await facilitatorGoesTo(f, 'Action items');
  await f.getByLabel('Action (start with a verb)').fill('Add a canary stage to checkout-api deploys');
  await f.getByLabel('Owning team or role').fill('Platform team');
  await f.getByLabel('Done when… (optional)').fill('A deploy that raises the error rate stops at 5% of traffic');
  await f.getByRole('button', { name: 'Add action item' }).click();
  await expect(f.getByTestId('action-item')).toHaveCount(1);

  await f.goto('/');
  await f.getByLabel('Retro title').fill('Checkout latency during the sale');
  await f.getByLabel('Follows up on (optional)').selectOption({ label: 'Checkout errors after the 14:00 deploy' });
  await capture(f, 'start-follow-up', true);
  await f.getByRole('button', { name: 'Start a retro' }).click();
  await expectLive(f);
  await expect(f.getByRole('region', { name: 'Follow-up on earlier actions' }).getByTestId('action-item')).toHaveCount(1);
  await capture(f, 'setup-follow-up', true);

  await closeAll(facilitator, participant);
});
