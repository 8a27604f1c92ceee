import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { AppendBatch } from '../../server/store/types.ts';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

/** The real SQLite store, except that the next append can be made to fail. */
class FlakyStore extends SqliteStore {
  failNextAppend = false;
  override async append(batch: AppendBatch): Promise<void> {
    if (this.failNextAppend) {
      this.failNextAppend = false;
      throw new Error('disk I/O error (simulated)');
    }
    return super.append(batch);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'debrief-flaky-'));
let server: TestServer | undefined;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('a failed write', () => {
  it('answers internal, reloads the room from the store, and the retry applies once', async () => {
    const store = new FlakyStore(dir);
    server = await startTestServer({ store, dataDir: dir, logLevel: 'fatal' });
    const retro = await createRetro(server.url);
    const alice = await connect(server.url, retro.id);
    const bob = await connect(server.url, retro.id);
    clients.push(alice, bob);
    await alice.ok({ type: 'timeline.add', text: 'stored before the failure' });

    const closing = new Promise((resolve) => bob.socket.once('closing', resolve));
    store.failNextAppend = true;
    const failed = await alice.command({ type: 'timeline.add', text: 'retried' }, 'retry-me');
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await closing).toEqual({ reason: 'reload' });

    // Clients come back to a room loaded afresh from the store; the same id now applies once.
    const again = await connect(server.url, retro.id, { token: alice.token });
    clients.push(again);
    const retried = await again.command({ type: 'timeline.add', text: 'retried' }, 'retry-me');
    expect(retried).toMatchObject({ ok: true, version: 2 });
    expect(await again.command({ type: 'timeline.add', text: 'retried' }, 'retry-me')).toEqual(retried);
    await again.sync();
    expect(again.view!.timeline.map((card) => card.text)).toEqual(['stored before the failure', 'retried']);
  });
});
