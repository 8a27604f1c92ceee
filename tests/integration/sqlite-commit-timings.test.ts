import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { commitTimings, DATABASE_FILE, SqliteStore, type CommitTiming } from '../../server/store/sqlite.ts';
import { VersionConflictError } from '../../server/store/types.ts';

/**
 * The SQLite store tells where a durable write's time went (the benchmark reports it): the wait
 * behind the commit before it, the hand-off to the writer thread, the commit, and the answer's
 * way back. The real writer thread and a real file: the times are taken on two threads, so they
 * must read one clock.
 */
const stop: RetroEvent = { type: 'timer.stopped' };

let dir = '';
let store: SqliteStore;
let timings: CommitTiming[] = [];
const record = (timing: unknown) => timings.push(timing as CommitTiming);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'debrief-timings-'));
  store = new SqliteStore(dir);
  for (const id of ['a', 'b', 'c']) {
    await store.createRetro({ id, keyHash: 'h', createdAt: '2026-12-01T00:00:00.000Z' }, emptyState(id, id, '2026-12-01T00:00:00.000Z'));
  }
  timings = [];
  commitTimings.subscribe(record);
});
afterEach(async () => {
  commitTimings.unsubscribe(record);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const change = (retroId: string, version: number, commandId = `c${version}`) =>
  store.append({ retroId, fromVersion: version - 1, events: [stop], ack: { participantId: 'p', commandId, ack: { ok: true, version } } });

describe('the durable write timings', () => {
  it('split a write awaited on its own into a hand-off, a commit and an answer, none behind another commit', async () => {
    for (let version = 1; version <= 5; version++) await change('a', version);
    expect(timings).toHaveLength(5);
    for (const timing of timings) {
      expect(timing).toMatchObject({ writes: 1, failed: 0, behindPreviousMs: 0 });
      expect(timing.commitMs).toBeGreaterThan(0);
      // Negative if the two threads read different clocks.
      expect(timing.handOffMs).toBeGreaterThanOrEqual(0);
      expect(timing.answerMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('time the writes of one turn as one batch', async () => {
    await Promise.all([change('a', 1), change('b', 1), change('c', 1)]);
    expect(timings.map((timing) => timing.writes)).toEqual([3]);
  });

  it('count a write that did not commit', async () => {
    await change('a', 1);
    await expect(change('a', 1, 'another command')).rejects.toBeInstanceOf(VersionConflictError);
    expect(timings.map((timing) => timing.failed)).toEqual([0, 1]);
  });

  it('tell the wait behind a commit still under way from the hand-off', async () => {
    // Another connection holds the write lock, so the first commit waits (busy_timeout) while
    // the second write is sent; it can only be taken once the first commit has ended.
    const other = new Database(join(dir, DATABASE_FILE));
    other.exec('BEGIN IMMEDIATE');
    const first = change('a', 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = change('b', 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.exec('COMMIT');
    other.close();
    await Promise.all([first, second]);

    expect(timings.map((timing) => timing.writes)).toEqual([1, 1]);
    const [held, behind] = timings;
    expect(held.commitMs).toBeGreaterThanOrEqual(100);
    expect(behind.behindPreviousMs).toBeGreaterThanOrEqual(40);
    expect(behind.behindPreviousMs).toBeLessThanOrEqual(held.commitMs);
  });
});
