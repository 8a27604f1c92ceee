import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteStore } from '../../server/store/sqlite.ts';
import type { AppendBatch } from '../../server/store/types.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

/** The real SQLite store, except that the next append can be made to fail. */
class FlakyStore extends SqliteStore {
  failNextAppend = false;
  override async append(batch: AppendBatch): Promise<CommandAck | null> {
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

describe('a dead writer thread', () => {
  it('fails writes at once instead of hanging, and the store still closes', async () => {
    const store = new SqliteStore(dir);
    const initial = { ...(await import('../../shared/domain/state.ts')).emptyState('r1', 'x', new Date().toISOString()) };
    await store.createRetro({ id: 'r1', keyHash: 'h', createdAt: initial.createdAt }, initial);
    await (store as unknown as { writer: { terminate(): Promise<number> } }).writer.terminate();
    await expect(store.recordParticipant('r1', 'p1')).rejects.toThrow(/writer stopped/);
    await expect(store.append({ retroId: 'r1', fromVersion: 0, events: [{ type: 'timer.stopped' }] })).rejects.toThrow();
    // Reads still work; closing does not wait for a thread that is gone.
    expect(await store.getRetro('r1')).toMatchObject({ id: 'r1' });
    await store.close();
  });
});

describe('retention', () => {
  it('logs a failing purge and the server keeps serving', async () => {
    class FailingLookUp extends SqliteStore {
      lookUps = 0;
      override async retrosIdleSince(): Promise<string[]> {
        this.lookUps++;
        throw new Error('database is locked (simulated)');
      }
    }
    const store = new FailingLookUp(dir);
    server = await startTestServer({ store, dataDir: dir, retentionDays: 30 });
    await vi.waitFor(() => expect(server!.logs.some((line) => line.includes('retention purge failed'))).toBe(true));
    expect(store.lookUps).toBe(1);
    const failure = JSON.parse(server.logs.find((line) => line.includes('retention purge failed'))!);
    expect(failure).toMatchObject({ level: 50, err: { message: 'database is locked (simulated)' } });
    // Still serving: a new retro, a connection and a command all work.
    const retro = await createRetro(server.url);
    const alice = await connect(server.url, retro.id);
    clients.push(alice);
    expect(await alice.ok({ type: 'timeline.add', text: 'after the failed purge' })).toMatchObject({ ok: true });
  });

  it('keeps a retro that was written to after it was found idle', async () => {
    const { purgeIdleRetros } = await import('../../server/retention.ts');
    const store = new SqliteStore(dir);
    const { emptyState } = await import('../../shared/domain/state.ts');
    const old = '2020-01-01T00:00:00.000Z';
    for (const id of ['idle', 'revived']) await store.createRetro({ id, keyHash: 'h', createdAt: old }, emptyState(id, id, old));
    const { openSqliteFile } = await import('../support/sqliteFile.ts');
    const db = openSqliteFile(dir);
    db.prepare('UPDATE retros SET updated_at = ?').run(old);
    db.close();
    // "revived" gets a write between the look-up and the delete.
    const lookUp = store.retrosIdleSince.bind(store);
    store.retrosIdleSince = async (cutoff) => {
      const ids = await lookUp(cutoff);
      await store.append({ retroId: 'revived', fromVersion: 0, events: [{ type: 'timer.stopped' }] });
      return ids;
    };
    const closed: string[] = [];
    const purged = await purgeIdleRetros(store, new Date().toISOString().replace(/^\d{4}/, '2025'), (id) => closed.push(id));
    expect(purged).toEqual(['idle']);
    expect(closed).toEqual(['idle']);
    expect(await store.getRetro('revived')).not.toBeNull();
    await store.close();
  });
});
