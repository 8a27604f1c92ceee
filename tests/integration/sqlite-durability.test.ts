import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { DATABASE_FILE, SqliteStore } from '../../server/store/sqlite.ts';
import { WalSync } from '../../server/store/walSync.ts';

/**
 * The SQLite store commits on the event loop without an fsync and answers a write only once
 * WalSync has flushed the WAL; a thread of its own checkpoints the WAL into the database file.
 * These tests run the real store on a real file; where they step in, they swap in a real
 * WalSync (on a file that cannot be synced) or stop the real checkpointer thread.
 */
const stop: RetroEvent = { type: 'timer.stopped' };
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The parts of the store these tests step into. */
type Inside = { wal: WalSync; checkpointer: { thread: Worker } };
const inside = (store: SqliteStore) => store as unknown as Inside;

let dir = '';
let store: SqliteStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'debrief-durability-'));
  store = new SqliteStore(dir);
  await store.createRetro({ id: 'r1', keyHash: 'h', createdAt: '2026-12-01T00:00:00.000Z' }, emptyState('r1', 'R', '2026-12-01T00:00:00.000Z'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function changes(count: number, from = 0) {
  for (let version = from + 1; version <= from + count; version++) {
    await store.append({ retroId: 'r1', fromVersion: version - 1, events: [stop], ack: { participantId: 'p', commandId: `c${version}`, ack: { ok: true, version } } });
  }
}

describe('a write', () => {
  it('is answered only after a flush of the WAL that began after its commit', async () => {
    const wal = inside(store).wal;
    const before = wal.flushes;
    let answered = false;
    const append = store.append({ retroId: 'r1', fromVersion: 0, events: [stop] }).then(() => (answered = true));
    // Committed at the end of this turn; the flush then runs in the thread pool.
    await Promise.resolve();
    await Promise.resolve();
    expect(answered).toBe(false);
    await append;
    expect(wal.flushes).toBe(before + 1);
  });

  it('fails, with every write after it, once a flush fails; reads still work and the store closes', async () => {
    await changes(1);
    // A character device cannot be synced: the kernel answers EINVAL, as a failing disk would.
    inside(store).wal.close();
    inside(store).wal = new WalSync('/dev/null');
    await expect(store.append({ retroId: 'r1', fromVersion: 1, events: [stop] })).rejects.toMatchObject({ code: 'EINVAL' });
    await expect(store.recordParticipant('r1', 'p2')).rejects.toMatchObject({ code: 'EINVAL' });
    expect(await store.getRetro('r1')).toMatchObject({ id: 'r1' });
  });
});

describe('the WAL', () => {
  /** Frames the WAL file has room for: it is rewound, not shrunk, after a checkpoint. */
  const walFrames = () => Math.floor((statSync(join(dir, `${DATABASE_FILE}-wal`)).size - 32) / (4096 + 24));

  it('is checkpointed off the event loop, so it stops growing', async () => {
    await changes(1500);
    // Without checkpoints 1,500 changes leave well over 3,000 frames; rewound, the WAL holds
    // a few hundred commits at most.
    expect(walFrames()).toBeLessThan(1500);
  });

  it('is still checkpointed when the checkpointer thread is gone', async () => {
    await inside(store).checkpointer.thread.terminate();
    await changes(1500);
    expect(walFrames()).toBeLessThan(1500);
  });
});

describe('closing', () => {
  it('finishes while a checkpoint holds the commits, also where nothing else keeps the process alive', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/closeDuringCheckpoint.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(output).toMatch(/^closed after \d+ changes$/m);
    expect(code).toBe(0);
  });
});
