// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnection, type Connection } from '../../client/net/index.ts';
import { createRetroStore, resetStore, useRetroStore } from '../../client/store/store.ts';
import { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { sampleCard, sampleView } from '../../client/testing/sampleView.ts';

const RETRO = 'retro1';
const now = () => new Date().toISOString();
const store = () => useRetroStore.getState();

let socket: FakeSocket;
let leave: () => void;
let connection: Connection;
const sendCommand: Connection['sendCommand'] = (draft, options) => connection.sendCommand(draft, options);

function join(options: { facilitatorKey?: string } = {}) {
  socket = new FakeSocket();
  let auth: unknown;
  leave = connection.connect(RETRO, {
    ...options,
    makeSocket: (handshake) => {
      auth = handshake;
      return socket.asSocket();
    },
  });
  return auth as { retroId: string; token: string; facilitatorKey?: string };
}

/** The server accepts the connection and pushes a snapshot at `version`. */
function goLive(version = 1, view = sampleView()) {
  socket.accept();
  socket.fire('snapshot', { version, view, serverTime: now() });
}

beforeEach(() => {
  connection = createConnection();
  localStorage.clear();
  vi.useFakeTimers();
});

afterEach(() => {
  leave?.();
  resetStore();
  vi.useRealTimers();
});

describe('joining', () => {
  it('makes an anonymous token once per retro and reuses it after a reload', () => {
    const first = join();
    expect(first.retroId).toBe(RETRO);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{22,128}$/);
    leave();
    const again = join();
    expect(again.token).toBe(first.token);
    expect(again.facilitatorKey).toBeUndefined();
  });

  it('sends the facilitator key from the link and goes live on the snapshot', () => {
    expect(join({ facilitatorKey: 'secret-key' }).facilitatorKey).toBe('secret-key');
    expect(store().status).toBe('connecting');
    goLive(4);
    expect(store().status).toBe('live');
    expect(store().version).toBe(4);
  });

  it.each(['not_found', 'forbidden'] as const)('stops for good on %s', (code) => {
    join();
    socket.fire('connect_error', Object.assign(new Error(code), { data: { code } }));
    expect(store().status).toBe(code);
  });

  it('says which protocol it speaks, and stops for good when the server speaks another', () => {
    expect(join()).toMatchObject({ protocol: PROTOCOL_VERSION });
    goLive(1);
    socket.fire('closing', { reason: 'unsupported_protocol', protocol: PROTOCOL_VERSION + 1 });
    expect(store().status).toBe('page_outdated');
    socket.drop();
    expect(store().status).toBe('page_outdated');
    leave();
    join();
    socket.accept();
    socket.fire('closing', { reason: 'unsupported_protocol', protocol: PROTOCOL_VERSION - 1 });
    expect(store().status).toBe('server_outdated');
  });

  it('shows reconnecting after a drop and resyncs from the next snapshot', () => {
    join();
    goLive(1);
    socket.drop();
    expect(store().status).toBe('reconnecting');
    socket.accept();
    socket.fire('snapshot', { version: 5, view: sampleView({ timeline: [sampleCard({ id: 'c1' })] }), serverTime: now() });
    expect(store().status).toBe('live');
    expect(store().view?.timeline).toHaveLength(1);
  });

  it('asks for a sync when a changes message skips a version', () => {
    join();
    goLive(1);
    socket.fire('changes', { version: 3, changes: [], serverTime: now() });
    const sync = socket.sent.find((message) => message.event === 'sync');
    expect(sync).toBeDefined();
    sync!.answer({ ok: true, version: 3, view: sampleView({ timeline: [sampleCard({ id: 'x' })] }), serverTime: now() });
    expect(store().version).toBe(3);
    expect(store().view?.timeline.map((c) => c.id)).toEqual(['x']);
  });

  it('follows the browser offline and back online', () => {
    join();
    goLive(1);
    window.dispatchEvent(new Event('offline'));
    expect(store().status).toBe('offline');
    expect(socket.connected).toBe(false);
    const before = socket.connectCalls;
    window.dispatchEvent(new Event('online'));
    expect(store().status).toBe('reconnecting');
    expect(socket.connectCalls).toBe(before + 1);
  });
});

describe('commands', () => {
  it('are sent with an id and settle when their change arrives', async () => {
    join();
    goLive(1);
    const acked = sendCommand({ type: 'timeline.add', text: 'Alert fired' });
    const [message] = socket.commands();
    expect(message.payload).toMatchObject({ type: 'timeline.add', text: 'Alert fired' });
    expect(message.payload.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    message.answer({ ok: true, version: 2, id: 'card1' });
    await expect(acked).resolves.toEqual({ ok: true, version: 2, id: 'card1' });
    // Accepted but not yet in our view: still shown as pending, so nothing blinks.
    expect(store().pending).toHaveLength(1);
    socket.fire('changes', { version: 2, changes: [{ op: 'timeline.put', card: sampleCard({ id: 'card1', mine: true, seq: 2 }) }], serverTime: now() });
    expect(store().pending).toHaveLength(0);
    expect(store().view?.timeline.map((c) => c.id)).toEqual(['card1']);
  });

  it('typed while offline are kept, persisted, and sent once with the same id after reconnecting', () => {
    join();
    goLive(1);
    socket.drop();
    void sendCommand({ type: 'timeline.add', text: 'Written offline' });
    expect(socket.commands()).toHaveLength(0);
    expect(store().pending).toHaveLength(1);
    const stored = JSON.parse(localStorage.getItem(`debrief:pending:${RETRO}`)!);
    expect(stored[0].command.text).toBe('Written offline');

    socket.accept();
    expect(socket.commands()).toHaveLength(0); // waits for the snapshot, so it lands on a fresh view
    socket.fire('snapshot', { version: 1, view: sampleView(), serverTime: now() });
    expect(socket.commands()).toHaveLength(1);
    expect(socket.commands()[0].payload.id).toBe(stored[0].command.id);
  });

  it('whose ack was lost are re-sent with the same id, never as a new command', () => {
    join();
    goLive(1);
    void sendCommand({ type: 'vote.cast', factorId: 'f1' });
    const firstId = socket.commands()[0].payload.id;
    socket.drop(); // the ack never came
    expect(store().pending).toHaveLength(1);
    goLive(2);
    const ids = socket.commands().map((message) => message.payload.id);
    expect(ids).toEqual([firstId, firstId]);
  });

  it('that time out stay pending and are retried with the same id', () => {
    join();
    goLive(1);
    void sendCommand({ type: 'timeline.add', text: 'Slow network' });
    vi.advanceTimersByTime(8000 + 600);
    const ids = socket.commands().map((message) => message.payload.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
    expect(store().pending).toHaveLength(1);
  });

  it('answered rate_limited are retried; other refusals are dropped and told', async () => {
    join();
    goLive(1);
    void sendCommand({ type: 'timeline.add', text: 'Busy' });
    socket.commands()[0].answer({ ok: false, error: { code: 'rate_limited', message: 'slow down' } });
    expect(store().pending).toHaveLength(1);
    vi.advanceTimersByTime(600);
    expect(socket.commands()).toHaveLength(2);
    socket.commands()[1].answer({ ok: false, error: { code: 'conflict', message: 'The retro is in review.' } });
    expect(store().pending).toHaveLength(0);
    expect(store().notices[0].message).toContain('The retro is in review.');
    expect(store().notices[0].detail).toBe('Busy');
  });

  it('are checked against the shared schema before anything is queued', async () => {
    join();
    goLive(1);
    const ack = await sendCommand({ type: 'timeline.add', text: '   ' }, { handleErrors: true });
    expect(ack.ok).toBe(false);
    expect(store().pending).toHaveLength(0);
    expect(socket.commands()).toHaveLength(0);
  });

  it('left pending by a previous page load are restored and sent', () => {
    localStorage.setItem(
      `debrief:pending:${RETRO}`,
      JSON.stringify([{ command: { id: 'kept-1', type: 'timeline.add', text: 'From before the reload' }, queuedAt: 1 }]),
    );
    join();
    expect(store().pending).toHaveLength(1);
    goLive(1);
    expect(socket.commands().map((message) => message.payload.id)).toEqual(['kept-1']);
  });
});

describe('two connections in one page', () => {
  it('keep their own socket, store, pending commands and acks', async () => {
    const tabs = [0, 1].map(() => {
      const tabStore = createRetroStore();
      const tabSocket = new FakeSocket();
      const tab = createConnection(tabStore);
      const leaveTab = tab.connect(RETRO, { makeSocket: () => tabSocket.asSocket() });
      tabSocket.accept();
      tabSocket.fire('snapshot', { version: 1, view: sampleView(), serverTime: now() });
      return { tabStore, tabSocket, tab, leaveTab };
    });
    const [a, b] = tabs;
    const sent = a.tab.sendCommand({ type: 'timeline.add', text: 'Only in tab A' });
    expect(a.tabSocket.commands()).toHaveLength(1);
    expect(b.tabSocket.commands()).toHaveLength(0);
    expect(a.tabStore.getState().pending).toHaveLength(1);
    expect(b.tabStore.getState().pending).toHaveLength(0);
    expect(store().status).not.toBe('live');

    a.tabSocket.commands()[0].answer({ ok: true, version: 2, id: 'card-a' });
    b.tabSocket.fire('changes', { version: 2, changes: [{ op: 'timeline.put', card: sampleCard({ id: 'card-a', text: 'Only in tab A', seq: 2 }) }] });
    expect(await sent).toMatchObject({ ok: true, version: 2 });
    expect(b.tabStore.getState().version).toBe(2);
    expect(a.tabStore.getState().version).toBe(1);
    for (const { leaveTab } of tabs) leaveTab();
  });
});
