import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyAll } from '../../shared/domain/apply.ts';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { createStore, type StoreConfig } from '../../server/store/index.ts';
import { VersionConflictError, type RetroStore } from '../../server/store/types.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

/**
 * One contract, every engine: the room relies on these promises whichever store it is given.
 * Each engine gets a fresh place per test file (a temporary directory, a new database), and a
 * second store opened on the same place stands in for a second server process.
 */
interface Engine {
  name: string;
  setUp(): Promise<StoreConfig>;
  tearDown(): Promise<void>;
}

const sqlite = (): Engine => {
  let dir = '';
  return {
    name: 'SQLite',
    async setUp() {
      dir = mkdtempSync(join(tmpdir(), 'debrief-contract-'));
      return { dataDir: dir };
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const postgres = (): Engine => {
  let database: TestDatabase | undefined;
  return {
    name: 'PostgreSQL',
    async setUp() {
      database = await createTestDatabase();
      return { dataDir: '(unused)', databaseUrl: database.url };
    },
    async tearDown() {
      await database?.drop();
    },
  };
};

const stop: RetroEvent = { type: 'timer.stopped' };
const started = (endsAt: string): RetroEvent => ({ type: 'timer.started', endsAt });

describe.each([sqlite(), postgres()])('the $name store', (engine) => {
  let config: StoreConfig;
  const open: RetroStore[] = [];
  let counter = 0;

  beforeAll(async () => {
    config = await engine.setUp();
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });
  afterAll(() => engine.tearDown());

  async function store(): Promise<RetroStore> {
    const opened = await createStore(config);
    open.push(opened);
    return opened;
  }

  async function newRetro(target: RetroStore, createdAt = '2026-11-20T15:00:00.000Z') {
    const id = `retro-${++counter}`;
    const initial = emptyState(id, `Retro ${counter}`, createdAt);
    await target.createRetro({ id, keyHash: `hash-${counter}`, createdAt }, initial);
    return { id, initial };
  }

  it('creates a retro and loads it back exactly', async () => {
    const s = await store();
    const { id, initial } = await newRetro(s);
    expect(await s.getRetro(id)).toEqual({ id, keyHash: `hash-${counter}`, createdAt: initial.createdAt });
    expect(await s.load(id)).toEqual({ record: await s.getRetro(id), snapshot: initial, events: [], participantIds: [] });
    expect(await s.getRetro('missing')).toBeNull();
    expect(await s.load('missing')).toBeNull();
  });

  it('appends events in order and replays only those after the latest snapshot', async () => {
    const s = await store();
    const { id, initial } = await newRetro(s);
    await s.append({ retroId: id, fromVersion: 0, events: [started('2026-11-20T15:05:00.000Z'), stop] });
    const afterTwo = applyAll(initial, [started('2026-11-20T15:05:00.000Z'), stop]);
    await s.append({ retroId: id, fromVersion: 2, events: [started('2026-11-20T15:10:00.000Z')], snapshot: applyAll(afterTwo, [started('2026-11-20T15:10:00.000Z')]) });
    await s.append({ retroId: id, fromVersion: 3, events: [stop] });

    const loaded = await s.load(id);
    expect(loaded?.snapshot.version).toBe(3);
    expect(loaded?.events).toEqual([stop]);
    expect(applyAll(loaded!.snapshot, loaded!.events).version).toBe(4);
    expect(await s.eventsAfter(id, 1)).toEqual([stop, started('2026-11-20T15:10:00.000Z'), stop]);
    expect(await s.eventsAfter(id, 4)).toEqual([]);
  });

  it('refuses a second append at a version already taken, whoever sends it', async () => {
    const first = await store();
    const second = await store();
    const { id } = await newRetro(first);
    const results = await Promise.allSettled([
      first.append({ retroId: id, fromVersion: 0, events: [stop], ack: { participantId: 'p1', commandId: 'c1', ack: { ok: true, version: 1 } } }),
      second.append({ retroId: id, fromVersion: 0, events: [stop, stop], ack: { participantId: 'p2', commandId: 'c2', ack: { ok: true, version: 2 } } }),
    ]);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
    // The loser left nothing behind: neither its events nor its answer.
    const winner = results[0].status === 'fulfilled' ? { participantId: 'p1', commandId: 'c1', events: 1 } : { participantId: 'p2', commandId: 'c2', events: 2 };
    const loser = winner.participantId === 'p1' ? ['p2', 'c2'] : ['p1', 'c1'];
    expect(await first.eventsAfter(id, 0)).toHaveLength(winner.events);
    expect(await second.findAck(id, loser[0], loser[1])).toBeNull();
    expect(await second.findAck(id, winner.participantId, winner.commandId)).not.toBeNull();
  });

  it('keeps exactly one of many concurrent appends per version', async () => {
    const stores = [await store(), await store(), await store()];
    const { id } = await newRetro(stores[0]);
    // Each writer appends at the version it last saw and, on a conflict, catches up and retries.
    const writer = async (s: RetroStore, count: number) => {
      for (let done = 0; done < count; ) {
        const version = (await s.eventsAfter(id, 0)).length;
        try {
          await s.append({ retroId: id, fromVersion: version, events: [stop] });
          done++;
        } catch (error) {
          if (!(error instanceof VersionConflictError)) throw error;
        }
      }
    };
    await Promise.all(stores.map((s) => writer(s, 10)));
    expect(await stores[1].eventsAfter(id, 0)).toHaveLength(30);
  });

  it('writes nothing for a command already answered, on any process, and returns that answer', async () => {
    const first = await store();
    const second = await store();
    const { id } = await newRetro(first);
    const answer = { ok: true as const, version: 1 };
    expect(await first.append({ retroId: id, fromVersion: 0, events: [stop], ack: { participantId: 'p1', commandId: 'c1', ack: answer } })).toBeNull();
    // The retry decided again (a stale copy would append at 0, a fresh one at 1): either way its
    // answer's key is taken, so its events are not written and the first answer comes back.
    for (const fromVersion of [0, 1]) {
      const retry = { retroId: id, fromVersion, events: [stop, stop], ack: { participantId: 'p1', commandId: 'c1', ack: { ok: true as const, version: fromVersion + 2 } } };
      expect(await second.append(retry)).toEqual(answer);
    }
    expect(await first.eventsAfter(id, 0)).toHaveLength(1);
    // Another participant's command with the same id is a different command.
    expect(await second.append({ retroId: id, fromVersion: 1, events: [stop], ack: { participantId: 'p2', commandId: 'c1', ack: { ok: true, version: 2 } } })).toBeNull();
    expect(await first.eventsAfter(id, 0)).toHaveLength(2);
  });

  it('keeps the first answer to a command and finds it from any process', async () => {
    const first = await store();
    const second = await store();
    const { id } = await newRetro(first);
    const answer = { ok: false as const, error: { code: 'invalid' as const, message: 'No such card.' } };
    expect(await first.recordAck(id, { participantId: 'p1', commandId: 'c1', ack: answer })).toEqual(answer);
    // The second answer is not kept, and the one that is comes back.
    expect(await second.recordAck(id, { participantId: 'p1', commandId: 'c1', ack: { ok: true, version: 9 } })).toEqual(answer);
    expect(await second.findAck(id, 'p1', 'c1')).toEqual(answer);
    expect(await first.findAck(id, 'p1', 'c2')).toBeNull();
    expect(await first.findAck(id, 'p2', 'c1')).toBeNull();
  });

  it('records each participant once', async () => {
    const s = await store();
    const { id } = await newRetro(s);
    for (const participant of ['p1', 'p2', 'p1']) await s.recordParticipant(id, participant);
    expect((await s.load(id))?.participantIds.sort()).toEqual(['p1', 'p2']);
  });

  it('deletes a retro with its whole history, or only if idle when asked so', async () => {
    const s = await store();
    const { id } = await newRetro(s);
    await s.append({ retroId: id, fromVersion: 0, events: [stop], ack: { participantId: 'p1', commandId: 'c1', ack: { ok: true, version: 1 } } });
    await s.recordParticipant(id, 'p1');
    expect(await s.deleteRetro(id, { idleBefore: '2000-01-01T00:00:00.000Z' })).toBe(false);
    expect(await s.getRetro(id)).not.toBeNull();
    expect(await s.deleteRetro(id)).toBe(true);
    expect(await s.load(id)).toBeNull();
    expect(await s.eventsAfter(id, 0)).toEqual([]);
    expect(await s.findAck(id, 'p1', 'c1')).toBeNull();
    expect(await s.deleteRetro(id)).toBe(false);
    // Its id can be used again from scratch (nothing of the old one lingers).
    await s.createRetro({ id, keyHash: 'again', createdAt: '2026-11-21T00:00:00.000Z' }, emptyState(id, 'Again', '2026-11-21T00:00:00.000Z'));
    expect((await s.load(id))?.events).toEqual([]);
  });

  it('lists retros idle since a time, for retention', async () => {
    const s = await store();
    const { id } = await newRetro(s);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await s.retrosIdleSince(future)).toContain(id);
    expect(await s.retrosIdleSince('2000-01-01T00:00:00.000Z')).not.toContain(id);
    expect(await s.deleteRetro(id, { idleBefore: future })).toBe(true);
  });

  it('counts a retro written to after a long idle time as active again', async () => {
    const s = await store();
    const { id } = await newRetro(s, '2020-01-01T00:00:00.000Z');
    const cutoff = new Date(Date.now() - 60_000).toISOString();
    expect(await s.retrosIdleSince(cutoff)).toContain(id);
    await s.append({ retroId: id, fromVersion: 0, events: [stop], ack: { participantId: 'p1', commandId: 'c1', ack: { ok: true, version: 1 } } });
    expect(await s.retrosIdleSince(cutoff)).not.toContain(id);
    expect(await s.deleteRetro(id, { idleBefore: cutoff })).toBe(false);
  });

  it('fails a write that cannot be kept, and keeps nothing of it', async () => {
    const s = await store();
    await expect(s.append({ retroId: 'no-such-retro', fromVersion: 0, events: [stop], ack: { participantId: 'p', commandId: 'c', ack: { ok: true, version: 1 } } })).rejects.toThrow();
    expect(await s.eventsAfter('no-such-retro', 0)).toEqual([]);
    const { id } = await newRetro(s);
    await expect(s.createRetro({ id, keyHash: 'dup', createdAt: '2026-11-20T15:00:00.000Z' }, emptyState(id, 'Dup', '2026-11-20T15:00:00.000Z'))).rejects.toThrow();
    expect((await s.getRetro(id))?.keyHash).not.toBe('dup');
  });

  it('refuses writes once closed', async () => {
    const s = await createStore(config);
    const { id } = await newRetro(s);
    await s.close();
    await expect(s.append({ retroId: id, fromVersion: 0, events: [stop] })).rejects.toThrow();
  });

  it('opens the same place from several processes at once', async () => {
    const stores = await Promise.all([createStore(config), createStore(config), createStore(config)]);
    open.push(...stores);
    const { id } = await newRetro(stores[0]);
    expect(await stores[2].getRetro(id)).not.toBeNull();
  });
});
