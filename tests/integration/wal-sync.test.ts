import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WalSync } from '../../server/store/walSync.ts';

/** WalSync against real files and the real fdatasync: no fake file system, no fake clock. */
const dir = mkdtempSync(join(tmpdir(), 'debrief-walsync-'));
const syncs: WalSync[] = [];
afterEach(() => {
  for (const sync of syncs.splice(0)) sync.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function walSync(file: string): WalSync {
  const sync = new WalSync(file);
  syncs.push(sync);
  return sync;
}

describe('flushing the WAL', () => {
  it('answers every caller, and many callers share a flush', async () => {
    const file = join(dir, 'shared-wal');
    writeFileSync(file, 'frames');
    const sync = walSync(file);
    await Promise.all(Array.from({ length: 50 }, () => sync.durable()));
    // The first call starts a flush of its own; the 49 made while it ran share the next one.
    expect(sync.flushes).toBe(2);
  });

  it('does not answer a caller with a flush that began before the call', async () => {
    const file = join(dir, 'ordered-wal');
    writeFileSync(file, 'frames');
    const sync = walSync(file);
    // The second call comes while the first's flush runs, so that flush may not answer it.
    await Promise.all([sync.durable(), sync.durable()]);
    expect(sync.flushes).toBe(2);
  });

  it('fails what waits, and everything after, once a flush fails', async () => {
    // A character device cannot be synced: the kernel answers EINVAL, a real fdatasync failure.
    const sync = walSync('/dev/null');
    const waiting = [sync.durable(), sync.durable(), sync.durable()];
    for (const result of await Promise.allSettled(waiting)) {
      expect(result).toMatchObject({ status: 'rejected', reason: { code: 'EINVAL' } });
    }
    await expect(sync.durable()).rejects.toMatchObject({ code: 'EINVAL' });
    expect(sync.failure).toMatchObject({ code: 'EINVAL' });
    // Only the first flush ran: those waiting behind it, and later callers, fail without one.
    expect(sync.flushes).toBe(1);
  });

  it('fails when the WAL file is missing', async () => {
    const sync = walSync(join(dir, 'no-such-wal'));
    await expect(sync.durable()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
