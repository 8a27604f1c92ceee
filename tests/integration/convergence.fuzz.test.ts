// @vitest-environment jsdom
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection, type Connection } from '../../client/net/index.ts';
import { createRetroStore, type RetroStoreApi } from '../../client/store/store.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import type { RetroView } from '../../shared/protocol/view.ts';
import { connect } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

/**
 * Several real browser clients — each its own client/net connection and zustand store — run
 * random commands against a real server while their connections are cut at random. They must
 * heal by themselves and converge: the same retro everywhere, every acknowledged card exactly
 * once, budgets never exceeded, versions never going back. fast-check draws the plan (who
 * acts, with what, and the pauses) from a fixed seed, so every run tries the same plan; a failure
 * reports its seed and path; replay it with FUZZ_SEED=<seed> FUZZ_PATH=<path>, or try other plans
 * with FUZZ_SEED=<any number> and FUZZ_RUNS=<n>.
 */


interface Browser {
  name: string;
  net: Connection;
  store: RetroStoreApi;
  socket: ReturnType<typeof io>;
  leave: () => void;
  versions: number[];
  connects: number;
  acks: Promise<{ body: { type: string; text?: string }; ack: CommandAck }>[];
}

let server: TestServer;
let retro: CreatedRetro;
const browsers: Browser[] = [];

/**
 * One step of the plan, each number a uniform per-mille (no bias towards edge values, so the
 * odds of each command are the ones below): who acts, which command (`roll`), the two choices
 * that command may need (which card, factor, vote or phase), and a pause after it.
 */
const perMille = fc.noBias(fc.integer({ min: 0, max: 999 }));
const planStep = fc.tuple(perMille, perMille, perMille, perMille, perMille);
const plan = fc.array(planStep, { minLength: 250, maxLength: 250 });
/** One plan per run, as before: each run is a whole session of five clients on a fresh retro. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** One browser tab: its own store, connection and socket. */
async function openBrowser(name: string, facilitatorKey?: string): Promise<Browser> {
  const useRetroStore = createRetroStore();
  const net = createConnection(useRetroStore);
  const token = randomBytes(16).toString('base64url');
  let socket!: ReturnType<typeof io>;
  const leave = net.connect(retro.id, {
    facilitatorKey,
    makeSocket: (auth) => {
      socket = io(server.url, {
        auth: { ...auth, token },
        transports: ['websocket'],
        autoConnect: false,
        forceNew: true,
        reconnectionDelay: 20,
        reconnectionDelayMax: 200,
      });
      return socket as never;
    },
  });
  const browser: Browser = { name, net, store: useRetroStore, socket, leave, versions: [], connects: 0, acks: [] };
  socket.on('connect', () => browser.connects++);
  useRetroStore.subscribe((state, previous) => {
    if (state.version !== previous.version) browser.versions.push(state.version);
  });
  return browser;
}

function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(poll, 10);
    };
    poll();
  });
}

/** The parts of a view every viewer shares once everything is revealed. */
function shared(view: RetroView) {
  return {
    retro: view.retro,
    timeline: view.timeline.map(({ mine: _m, private: _p, ...card }) => card),
    factors: view.factors.map(({ mine: _m, private: _p, ...factor }) => factor),
    actions: view.actions,
    hidden: view.hidden,
    timer: view.timer,
  };
}

beforeAll(async () => {
  server = await startTestServer({ logLevel: 'warn' });
});

afterAll(async () => {
  await server.dispose();
});

describe('clients heal and converge', () => {
  it('under random commands and forced disconnects', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (steps) => {
        try {
          await session(steps);
        } finally {
          for (const browser of browsers.splice(0)) browser.leave();
        }
      }),
      // No shrinking: each try is a whole session, and the seed and path replay the failure.
      { seed: SEED, numRuns: RUNS, endOnFailure: true, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
    );
  }, 60_000);
});

/** A fresh retro and five browsers, the plan played against them, then the checks. */
async function session(steps: [number, number, number, number, number][]) {
  retro = await createRetro(server.url, 'Fuzzed retro');
  localStorage.clear();
  browsers.push(await openBrowser('facilitator', retro.facilitatorKey));
  for (const name of ['p1', 'p2', 'p3', 'p4']) browsers.push(await openBrowser(name));
  await until(() => browsers.every((b) => b.store.getState().status === 'live'), 'everyone live');
  const pick = <T,>(list: readonly T[], perMille: number) => list[Math.floor((perMille / 1000) * list.length)];
  const [facilitator] = browsers;
  facilitator.acks.push(
    facilitator.net.sendCommand({ type: 'retro.update', settings: { voteBudget: 4, maxVotesPerFactor: 2 } }).then((ack) => ({ body: { type: 'retro.update' }, ack })),
  );
  const phases = ['timeline', 'factors', 'voting', 'actions'] as const;
  for (const [step, [who, roll1000, first, second, pause]] of steps.entries()) {
    const browser = pick(browsers, who);
    const view = browser.store.getState().view;
    const roll = roll1000 / 1000;
    if (roll < 0.06) {
      // Drop this browser's live connection the hard way; the client must notice and come
      // back by itself. (Only live ones: closing a handshake that is still opening stalls
      // Socket.IO until its 20 s connect timeout, which is its behaviour, not ours.)
      if (browser.socket.connected) browser.socket.io.engine.close();
    } else if (view) {
      const mine = view.timeline.filter((card) => card.mine);
      const factors = view.factors;
      const body =
        roll < 0.35
          ? { type: 'timeline.add' as const, text: `${browser.name} card ${step}` }
          : roll < 0.45 && mine.length
            ? { type: 'timeline.edit' as const, cardId: pick(mine, first).id, text: `${browser.name} edit ${step}` }
            : roll < 0.5 && mine.length
              ? { type: 'timeline.remove' as const, cardId: pick(mine, first).id }
              : roll < 0.62
                ? { type: 'factor.add' as const, text: `${browser.name} factor ${step}`, category: 'process' as const }
                : roll < 0.8 && factors.length
                  ? { type: pick(['vote.cast', 'vote.cast', 'vote.retract'] as const, first), factorId: pick(factors, second).id }
                  : browser === facilitator && roll < 0.9
                    ? first < 500
                      ? { type: 'cards.reveal' as const }
                      : { type: 'phase.set' as const, phase: pick(phases, second) }
                    : { type: 'timeline.add' as const, text: `${browser.name} card ${step}` };
      browser.acks.push(browser.net.sendCommand(body as Parameters<Connection['sendCommand']>[0]).then((ack) => ({ body, ack })));
    }
    // Three steps in ten wait 0–15 ms, so commands and reconnections interleave differently.
    if (pause < 300) await new Promise((resolve) => setTimeout(resolve, pause / 20));
  }

  // Let everything land, then reveal so every viewer may see everything.
  await until(() => browsers.every((b) => b.store.getState().status === 'live' && b.store.getState().pending.length === 0), 'all pending commands acknowledged');
  await facilitator.net.sendCommand({ type: 'cards.reveal' });
  const probe = await connect(server.url, retro.id);
  const finalVersion = probe.version;
  probe.close();
  await until(() => browsers.every((b) => b.store.getState().version === finalVersion), `everyone at version ${finalVersion}`);

  const views = browsers.map((b) => b.store.getState().view!);
  for (const [index, view] of views.entries()) {
    expect(shared(view), browsers[index].name).toEqual(shared(views[0]));
    // Budgets are never exceeded, whatever the interleaving.
    const used = Object.values(view.me.votes).reduce((a, b) => a + b, 0);
    expect(used + view.me.votesLeft).toBeLessThanOrEqual(view.retro.settings.voteBudget);
    expect(view.me.votesLeft).toBeGreaterThanOrEqual(0);
    for (const n of Object.values(view.me.votes)) expect(n).toBeLessThanOrEqual(view.retro.settings.maxVotesPerFactor);
  }
  // What each browser holds equals a fresh snapshot of its own view.
  for (const browser of browsers) {
    const answer = await browser.socket.timeout(5_000).emitWithAck('sync', {});
    expect(answer.ok && { ...answer.view, participants: null }).toEqual({ ...browser.store.getState().view!, participants: null });
  }
  // Versions seen by each browser only go up.
  for (const browser of browsers) {
    for (let i = 1; i < browser.versions.length; i++) expect(browser.versions[i]).toBeGreaterThanOrEqual(browser.versions[i - 1]);
  }
  // Every acknowledged card is there exactly once (unless its author removed it later).
  const results = (await Promise.all(browsers.flatMap((b) => b.acks))).filter(({ ack }) => ack.ok);
  const removed = new Set(results.filter(({ body }) => body.type === 'timeline.remove').map(({ body }) => (body as { cardId?: string }).cardId));
  const added = results.filter(({ body }) => body.type === 'timeline.add').map(({ ack }) => (ack as { id?: string }).id!);
  const onBoard = views[0].timeline.map((card) => card.id);
  expect(new Set(onBoard).size).toBe(onBoard.length);
  for (const id of added) expect(onBoard.includes(id) || removed.has(id), `card ${id}`).toBe(true);
  expect(added.length).toBeGreaterThan(20);
  // The run really did cut connections, and the clients really did come back.
  expect(browsers.reduce((sum, b) => sum + b.connects, 0)).toBeGreaterThan(browsers.length + 5);
}
