import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { SqliteStore, TOUCH_EVERY_MS } from '../../server/store/sqlite.ts';

/**
 * The SQLite store writes a retro's `updated_at` (retention's clock) at most once a minute
 * while the retro is busy, so that most commits carry only the event and its answer. Only
 * `Date` is faked: the writer thread and the store's promises run for real.
 */
const stop: RetroEvent = { type: 'timer.stopped' };
const START = Date.parse('2026-12-01T12:00:00.000Z');
const at = (ms: number) => new Date(START + ms).toISOString();

let dir = '';
let store: SqliteStore;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  dir = mkdtempSync(join(tmpdir(), 'debrief-touch-'));
  store = new SqliteStore(dir);
});
afterEach(async () => {
  await store.close();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

async function change(retroId: string, version: number) {
  await store.append({ retroId, fromVersion: version - 1, events: [stop], ack: { participantId: 'p', commandId: `c${version}`, ack: { ok: true, version } } });
}

describe("a retro's last-change time", () => {
  it('is written by the first change, then at most once a minute while changes keep coming', async () => {
    const id = 'busy';
    await store.createRetro({ id, keyHash: 'h', createdAt: '2020-01-01T00:00:00.000Z' }, emptyState(id, 'Busy', '2020-01-01T00:00:00.000Z'));

    await change(id, 1);
    expect(await store.retrosIdleSince(at(0))).not.toContain(id);
    expect(await store.retrosIdleSince(at(1))).toContain(id);

    vi.setSystemTime(START + TOUCH_EVERY_MS - 1);
    await change(id, 2);
    expect(await store.retrosIdleSince(at(1))).toContain(id);

    vi.setSystemTime(START + TOUCH_EVERY_MS);
    await change(id, 3);
    expect(await store.retrosIdleSince(at(TOUCH_EVERY_MS))).not.toContain(id);
    // Every change is stored whether or not it moved the clock.
    expect((await store.eventsAfter(id, 0)).length).toBe(3);
  });

  it('counts only a write that was kept: a refused append leaves the next change to write it', async () => {
    const id = 'refused';
    await store.createRetro({ id, keyHash: 'h', createdAt: '2020-01-01T00:00:00.000Z' }, emptyState(id, 'Refused', '2020-01-01T00:00:00.000Z'));
    // the command was answered before: the append writes nothing and returns that answer
    const earlier = { ok: false as const, error: { code: 'invalid' as const, message: 'no' } };
    await store.recordAck(id, { participantId: 'p', commandId: 'c0', ack: earlier });
    expect(await store.append({ retroId: id, fromVersion: 0, events: [stop], ack: { participantId: 'p', commandId: 'c0', ack: { ok: true, version: 1 } } })).toEqual(earlier);
    expect(await store.retrosIdleSince(at(0))).toContain(id);

    vi.setSystemTime(START + 1_000);
    await change(id, 1);
    expect(await store.retrosIdleSince(at(1_000))).not.toContain(id);
  });

  it('starts afresh for a retro deleted and created again under the same id', async () => {
    const id = 'again';
    const create = () => store.createRetro({ id, keyHash: 'h', createdAt: '2020-01-01T00:00:00.000Z' }, emptyState(id, 'Again', '2020-01-01T00:00:00.000Z'));
    await create();
    await change(id, 1);
    expect(await store.deleteRetro(id)).toBe(true);
    await create();
    await change(id, 1);
    expect(await store.retrosIdleSince(at(0))).not.toContain(id);
  });
});
