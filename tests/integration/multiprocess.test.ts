import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RetroView } from '../../shared/protocol/view.ts';
import { startChildServer, type ChildServer } from '../support/childServer.ts';
import { connect, newToken, type TestClient } from '../support/client.ts';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '../support/postgres.ts';
import { createRetro } from '../support/server.ts';

/**
 * Three real server processes share one PostgreSQL database (a fresh one for this file) and a
 * Redis for fan-out, as they would behind a load balancer. One retro's people are spread over
 * the three; whatever process someone is on, they see the same retro and nothing more.
 */
const dataDir = mkdtempSync(pathJoin(tmpdir(), 'debrief-multi-'));
let database: TestDatabase;
let servers: ChildServer[] = [];
const clients: TestClient[] = [];

async function redisAnswers(): Promise<void> {
  const redis = createClient({ url: TEST_REDIS_URL, socket: { connectTimeout: 5_000, reconnectStrategy: false } });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    await redis.quit();
  } catch (error) {
    throw new Error(`Redis is not reachable at ${TEST_REDIS_URL} (${(error as Error).message}). These tests need it: start Redis or set TEST_REDIS_URL.`);
  }
}

beforeAll(async () => {
  await redisAnswers();
  database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL };
  // Started together on purpose: their migrations must not race.
  servers = await Promise.all([0, 1, 2].map(() => startChildServer(dataDir, env)));
}, 60_000);

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

afterAll(async () => {
  for (const server of servers) server.process.kill('SIGKILL');
  await Promise.all(servers.map((server) => server.exited));
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function join(server: ChildServer, retroId: string, options: { token?: string; facilitatorKey?: string } = {}) {
  const client = await connect(server.url, retroId, options);
  clients.push(client);
  return client;
}

/** What every viewer shares: the view minus what is about the viewer. */
function shared(view: RetroView) {
  const strip = <T extends { mine: boolean; private?: boolean }>({ mine: _mine, private: _private, ...rest }: T) => rest;
  return { ...view, me: undefined, timeline: view.timeline.map(strip), factors: view.factors.map(strip) };
}

describe('three processes serving one retro', () => {
  it('converge on one view, count presence across processes and keep hidden cards hidden everywhere', async () => {
    const [a, b, c] = servers;
    const retro = await createRetro(a.url, 'Payments outage');
    const facilitator = await join(a, retro.id, { facilitatorKey: retro.facilitatorKey });
    const people = await Promise.all([b, c, a, b, c].map((server) => join(server, retro.id)));
    const everyone = [facilitator, ...people];
    await Promise.all(everyone.map((client) => client.waitFor(() => client.presence?.online === 6)));

    await facilitator.ok({ type: 'phase.set', phase: 'timeline' });
    // Everyone writes at once, on three processes: versions collide and are decided again.
    const secrets = people.map((_, index) => `SECRET-${index} the queue backed up`);
    const acks = await Promise.all(people.map((person, index) => person.ok({ type: 'timeline.add', text: secrets[index] })));
    expect(new Set(acks.map((ack) => ack.version)).size).toBe(people.length);
    const latest = Math.max(...acks.map((ack) => ack.version));
    await Promise.all(everyone.map((client) => client.atVersion(latest)));

    for (const [index, person] of people.entries()) {
      expect(person.view!.timeline.map((card) => card.text)).toEqual([secrets[index]]);
      expect(person.view!.hidden.timeline).toBe(people.length - 1);
      const frames = person.frames.join('\n');
      for (const [other, secret] of secrets.entries()) if (other !== index) expect(frames).not.toContain(secret);
    }
    expect(facilitator.frames.join('\n')).not.toMatch(/SECRET-/);

    // Readiness set on one process is counted on the others.
    await people[0].ok({ type: 'participant.ready', ready: true });
    await Promise.all(everyone.map((client) => client.waitFor(() => client.presence?.ready === 1)));

    await facilitator.ok({ type: 'cards.reveal' });
    const moved = await facilitator.ok({ type: 'phase.set', phase: 'factors' });
    await Promise.all(everyone.map((client) => client.atVersion(moved.version)));
    await Promise.all(everyone.map((client) => client.waitFor(() => client.presence?.ready === 0)));
    const reference = shared(facilitator.view!);
    expect(reference.timeline.map((card) => card.text).sort()).toEqual([...secrets].sort());
    for (const client of everyone) expect(shared(client.view!)).toEqual(reference);

    // The same person sees the same view from every process.
    const token = people[0].token;
    const elsewhere = await Promise.all(servers.map((server) => join(server, retro.id, { token })));
    const views = elsewhere.map((client) => ({ ...client.view!, participants: undefined }));
    for (const view of views) expect(view).toEqual(views[0]);
    expect(views[0].timeline.filter((card) => card.mine).map((card) => card.text)).toEqual([secrets[0]]);

    // The export, taken on any process, counts everyone who joined on every process.
    const exported = (await facilitator.socket.timeout(5_000).emitWithAck('export', { format: 'json' })) as { ok: true; content: string };
    expect(JSON.parse(exported.content).participation.participants).toBe(everyone.length);
  });

  it('applies concurrent commands from every process exactly once, and a retry elsewhere gets the first answer', async () => {
    const retro = await createRetro(servers[1].url, 'Queue backlog');
    const facilitator = await join(servers[1], retro.id, { facilitatorKey: retro.facilitatorKey });
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    await facilitator.ok({ type: 'phase.set', phase: 'timeline' });
    const writers = await Promise.all([0, 1, 2, 0, 1, 2].map((index) => join(servers[index], retro.id)));

    const acked = new Map<string, string>();
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let n = 0; n < 12; n++) {
          const text = `writer ${w} card ${n}`;
          const ack = await writer.ok({ type: 'timeline.add', text });
          acked.set(ack.id!, text);
        }
      }),
    );
    // A retry of one command id, sent to each of the other processes, is answered as the first.
    const token = newToken();
    const first = await join(servers[0], retro.id, { token });
    const original = await first.command({ type: 'timeline.add', text: 'sent once' }, 'the-one-id');
    for (const server of servers.slice(1)) {
      const again = await join(server, retro.id, { token });
      expect(await again.command({ type: 'timeline.add', text: 'sent once' }, 'the-one-id')).toEqual(original);
    }

    const everyone = [facilitator, ...writers];
    const final = original.ok ? original.version : 0;
    await Promise.all(everyone.map((client) => client.atVersion(final)));
    const texts = facilitator.view!.timeline.map((card) => card.text);
    expect(texts).toHaveLength(6 * 12 + 1);
    expect(new Set(texts).size).toBe(texts.length);
    for (const [id, text] of acked) expect(facilitator.view!.timeline.find((card) => card.id === id)?.text).toBe(text);
    for (const client of everyone) expect(shared(client.view!)).toEqual(shared(facilitator.view!));
  });

  it('loses no acked change when one process is killed mid-load, and its people carry on elsewhere', async () => {
    const [a, b, c] = servers;
    const retro = await createRetro(a.url, 'Cache stampede');
    const facilitator = await join(a, retro.id, { facilitatorKey: retro.facilitatorKey });
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    const writers = await Promise.all([a, b, c, c].map((server) => join(server, retro.id)));

    const acked = new Map<string, string>();
    let lastAcked = 0;
    let stop = false;
    // Each writer keeps writing; when its process dies it reconnects to a living one, as the web
    // app does, and resends the command it had no answer for under the same id.
    const streams = writers.map(async (writer, w) => {
      let current = writer;
      for (let n = 0; !stop; n++) {
        const text = `writer ${w} card ${n}`;
        const id = `w${w}-n${n}`;
        for (;;) {
          try {
            const ack = await current.command({ type: 'timeline.add', text }, id);
            if (ack.ok && ack.id) acked.set(ack.id, text);
            if (ack.ok) lastAcked = Math.max(lastAcked, ack.version);
            break;
          } catch {
            current.close();
            current = await join(servers[w % 2], retro.id, { token: writer.token });
          }
        }
      }
    });
    await facilitator.waitFor(() => acked.size >= 60, 30_000);
    c.process.kill('SIGKILL');
    await c.exited;
    // Keep going on the survivors for a while after the kill.
    const killedAt = acked.size;
    await facilitator.waitFor(() => acked.size >= killedAt + 40, 30_000);
    stop = true;
    await Promise.all(streams);

    const check = await join(b, retro.id, { facilitatorKey: retro.facilitatorKey });
    // Changes stored by the other process may still be on their way to this one.
    await check.atVersion(lastAcked);
    const stored = new Map(check.view!.timeline.map((card) => [card.id, card.text]));
    for (const [id, text] of acked) expect(stored.get(id), `acked ${id} lost`).toBe(text);
    // Nothing was applied twice, the resent commands included.
    const texts = check.view!.timeline.map((card) => card.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBe(acked.size);
  });

  it('drains on SIGTERM: answers what is under way, says shutdown, and its people resync elsewhere', async () => {
    const [a, b] = servers;
    const retro = await createRetro(a.url, 'Rolling deploy');
    const facilitator = await join(a, retro.id, { facilitatorKey: retro.facilitatorKey });
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    const onB = await Promise.all([1, 2, 3].map(() => join(b, retro.id)));
    const told = onB.map((client) => new Promise((resolve) => client.socket.once('closing', resolve)));

    // Commands under way when the signal arrives are answered before the connection closes.
    const underWay = onB.map((client, index) => client.command({ type: 'timeline.add', text: `in flight ${index}` }));
    b.process.kill('SIGTERM');
    const answers = await Promise.allSettled(underWay);
    expect(await Promise.all(told)).toEqual(onB.map(() => ({ reason: 'shutdown' })));
    await b.exited;
    expect(b.process.exitCode).toBe(0);
    // Nothing it still had to say to the others went to a Redis connection already closed.
    expect(b.output()).not.toMatch(/unhandled rejection|client is closed/i);

    // They come back on the process that is left, with the same tokens, and see one retro.
    const back = await Promise.all(onB.map((client) => join(a, retro.id, { token: client.token })));
    for (const [index, client] of back.entries()) {
      const answer = answers[index];
      if (answer.status === 'fulfilled' && answer.value.ok) {
        expect(client.view!.timeline.map((card) => card.text)).toContain(`in flight ${index}`);
      } else {
        // No answer reached it: resending under a new id is safe because nothing was stored.
        expect(client.view!.timeline.map((card) => card.text)).not.toContain(`in flight ${index}`);
      }
    }
    await Promise.all(back.map((client) => client.waitFor(() => client.presence?.online === 4)));
    const answered = answers.filter((answer) => answer.status === 'fulfilled' && answer.value.ok).length;
    expect(answered).toBeGreaterThan(0);
  });
});
