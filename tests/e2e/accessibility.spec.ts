import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe.ts';
import { closeAll, joinRetro, newPerson, startRetro } from './support/people.ts';
import { addFactor, addTimelineCard, facilitatorGoesTo, phaseHeading, vote } from './support/room.ts';

test('no serious or critical accessibility violations on any page or phase, light and dark', async ({ browser }) => {
  // 26 axe scans over three browser contexts: about a minute alone, and up to three beside
  // another worker on a 2-core machine (it overran 150 s there with the checker as it was, too)
  test.setTimeout(300_000);
  const visitor = await newPerson(browser);
  await visitor.page.goto('/');
  await expectNoSeriousA11yViolations(visitor.page, 'start page');
  await visitor.page.goto('/r/NoSuchRetroAtAll');
  await expect(visitor.page.getByRole('heading', { name: 'This retro does not exist' })).toBeVisible();
  await expectNoSeriousA11yViolations(visitor.page, 'unknown retro page');

  const facilitator = await startRetro(browser, 'Accessibility walk-through');
  const participant = await joinRetro(browser, facilitator.joinUrl);
  const f = facilitator.page;
  const p = participant.page;

  /** Both roles, both colour schemes, in the current phase. */
  async function scan(phase: string) {
    await expect(phaseHeading(p)).toHaveText(phase);
    for (const [page, role] of [[f, 'facilitator'], [p, 'participant']] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoSeriousA11yViolations(page, `${phase} (${role}, ${colorScheme})`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  }

  await f.getByLabel(/SEV1/).check();
  await f.getByRole('button', { name: 'Start a 10 minute timer' }).click();
  await expect(p.getByRole('timer')).toBeVisible();
  await scan('Setup');

  await facilitatorGoesTo(f, 'Timeline');
  await addTimelineCard(p, { text: 'Latency alert fired', time: '2025-03-04T10:00', marker: 'Detected' });
  await addTimelineCard(f, { text: 'Someone simply forgot to check the dashboard', time: '2025-03-04T10:30' });
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(p.getByTestId('timeline-card')).toHaveCount(2);
  await addTimelineCard(p, { text: 'A private card', time: '2025-03-04T10:40', marker: 'Mitigated' });
  await scan('Timeline');

  await facilitatorGoesTo(f, 'Contributing factors');
  await addFactor(p, { text: 'Dashboards are spread over three tools', category: 'Monitoring & detection', prompt: 'What made this hard?' });
  await addFactor(f, { text: 'Runbook assumed one region', category: 'Documentation & knowledge' });
  await f.getByRole('button', { name: /Reveal cards/ }).click();
  await expect(p.getByTestId('factor-card')).toHaveCount(2);
  // Revealed on the facilitator's screen too, so "Next: Voting" does not ask to reveal first.
  await expect(f.getByTestId('factor-card')).toHaveCount(2);
  await scan('Contributing factors');

  await facilitatorGoesTo(f, 'Voting');
  await vote(p, 'Dashboards are spread over three tools', 2);
  await scan('Voting');

  await facilitatorGoesTo(f, 'Action items');
  await p.getByLabel('Action (start with a verb)').fill('Link all dashboards from the service catalogue');
  await p.getByLabel('Owning team or role').fill('Observability team');
  await p.getByRole('button', { name: 'Add action item' }).click();
  await expect(p.getByTestId('action-item')).toHaveCount(1);
  await scan('Action items');

  await facilitatorGoesTo(f, 'Review');
  await expect(f.getByTestId('post-mortem')).toBeVisible();
  await expect(p.getByTestId('post-mortem')).toBeVisible();
  await scan('Review');

  await closeAll(visitor, facilitator, participant);
});
