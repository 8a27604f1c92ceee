import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closeAll, expectLive, joinRetro, startRetro } from './support/people.ts';
import { addTimelineCard, cardWithText, facilitatorGoesTo, timelineCards } from './support/room.ts';
import { spawnServer, type SpawnedServer } from './support/spawnServer.ts';

test('a server restart heals by itself: what was typed meanwhile is sent once and nothing confirmed is lost', async ({ browser }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'debrief-restart-'));
  let server: SpawnedServer = await spawnServer({ dataDir });
  try {
    const facilitator = await startRetro(browser, 'Restart drill', { baseURL: server.url });
    const f = facilitator.page;
    await f.getByLabel('Private writing').uncheck();
    await f.getByRole('button', { name: 'Save settings' }).click();
    await expect(f.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    const alice = await joinRetro(browser, facilitator.joinUrl);
    await facilitatorGoesTo(f, 'Timeline');
    await addTimelineCard(alice.page, { text: 'Confirmed before the restart', time: '2025-03-04T09:00' });
    await expect(cardWithText(f, 'Confirmed before the restart')).toHaveCount(1);

    await server.stop();
    await expect(alice.page.getByTestId('connection-status')).toContainText('Reconnecting');
    await addTimelineCard(alice.page, { text: 'Written while the server was down', time: '2025-03-04T09:05' });
    await expect(alice.page.getByText('Waiting to send')).toBeVisible();

    server = await spawnServer({ dataDir, port: Number(new URL(facilitator.joinUrl).port) });
    for (const page of [alice.page, f]) {
      await expect(page.getByTestId('connection-status')).toHaveText('Live', { timeout: 20_000 });
      await expect(cardWithText(page, 'Confirmed before the restart')).toHaveCount(1);
      await expect(cardWithText(page, 'Written while the server was down')).toHaveCount(1);
      await expect(timelineCards(page)).toHaveCount(2);
    }
    await expectLive(alice.page);
    await closeAll(facilitator, alice);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
