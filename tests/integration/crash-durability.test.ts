import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { startChildServer, type ChildServer } from '../support/childServer.ts';
import { createRetro } from '../support/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'debrief-crash-'));
let child: ChildServer | undefined;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  child?.process.kill('SIGKILL');
  await child?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('no acknowledged change is lost', () => {
  it('keeps every acked card and action after SIGKILL mid-stream', async () => {
    child = await startChildServer(dataDir);
    const retro = await createRetro(child.url);
    const facilitator = await connect(child.url, retro.id, { facilitatorKey: retro.facilitatorKey });
    clients.push(facilitator);
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    const writers = await Promise.all([1, 2, 3, 4].map(() => connect(child!.url, retro.id)));
    clients.push(...writers);

    // Each writer sends its next command as soon as the previous one is acked.
    const acked = new Map<string, string>();
    let stop = false;
    const streams = writers.map(async (writer, w) => {
      for (let n = 0; !stop; n++) {
        const body =
          n % 5 === 4
            ? ({ type: 'action.add', title: `Add check ${w}-${n}`, kind: 'detect', owner: 'SRE team', priority: 'low' } as const)
            : ({ type: 'timeline.add', text: `writer ${w} card ${n}` } as const);
        try {
          const ack = await writer.command(body);
          if (ack.ok && ack.id) acked.set(ack.id, body.type === 'action.add' ? body.title : body.text);
        } catch {
          return; // the server died under us: whatever was not acked may be lost
        }
      }
    });
    await facilitator.waitFor(() => acked.size >= 150, 20_000);
    child.process.kill('SIGKILL');
    stop = true;
    await child.exited;
    await Promise.all(streams.map((stream) => Promise.race([stream, new Promise((r) => setTimeout(r, 100))])));
    for (const client of clients.splice(0)) client.close();

    child = await startChildServer(dataDir);
    const after = await connect(child.url, retro.id, { facilitatorKey: retro.facilitatorKey });
    clients.push(after);
    const stored = new Map<string, string>([
      ...after.view!.timeline.map((card) => [card.id, card.text] as const),
      ...after.view!.actions.map((action) => [action.id, action.title] as const),
    ]);
    expect(acked.size).toBeGreaterThanOrEqual(150);
    for (const [id, text] of acked) expect(stored.get(id), `acked ${id} lost`).toBe(text);
  });
});
