import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { commitTimings, SqliteStore, type CommitTiming } from '../../server/store/sqlite.ts';

/**
 * The SQLite store tells where a durable write's time went (the benchmark reports it): the
 * hand-off to the writer thread, the commit, and the answer's way back. The real writer thread
 * and a real file: the times are taken on two threads, so they must share one clock.
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

const change = (retroId: string, version: number) =>
  store.append({ retroId, fromVersion: version - 1, events: [stop], ack: { participantId: 'p', commandId: `c${version}`, ack: { ok: true, version } } });

describe('the durable write timings', () => {
  it('split each write into parts that add up to no more than the wait its caller saw', async () => {
    const waits: number[] = [];
    for (let version = 1; version <= 5; version++) {
      const start = performance.now();
      await change('a', version);
      waits.push(performance.now() - start);
    }
    expect(timings).toHaveLength(5);
    timings.forEach((timing, index) => {
      expect(timing.writes).toBe(1);
      // An fsynced commit takes time; the hops cannot be negative if both threads read one clock.
      expect(timing.commitMs).toBeGreaterThan(0);
      expect(timing.handOffMs).toBeGreaterThanOrEqual(0);
      expect(timing.answerMs).toBeGreaterThanOrEqual(0);
      expect(timing.handOffMs + timing.commitMs + timing.answerMs).toBeLessThanOrEqual(waits[index]);
    });
  });

  it('time the writes of one turn as one batch', async () => {
    await Promise.all([change('a', 1), change('b', 1), change('c', 1)]);
    expect(timings.map((timing) => timing.writes)).toEqual([3]);
  });
});
