import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { newToken } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

/** Attempts a socket connection and returns the connect_error code, or 'connected'. */
function handshake(auth: object, extraHeaders?: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(server.url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders });
    socket.on('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
      socket.disconnect();
      resolve(error.data?.code ?? `no code: ${error.message}`);
    });
  });
}

describe('HTTP', () => {
  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('creates a retro with links that carry the key only in the fragment', async () => {
    const created = await createRetro(server.url, 'Queue backlog');
    expect(created.id).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(Buffer.from(created.facilitatorKey, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(created.joinUrl).toBe(`${server.url}/r/${created.id}`);
    expect(created.facilitatorUrl).toBe(`${server.url}/r/${created.id}#key=${created.facilitatorKey}`);
  });

  it.each([
    ['no body', undefined],
    ['malformed JSON', '{"title":'],
    ['a missing title', '{}'],
    ['an empty title', '{"title":"  "}'],
    ['a title that is too long', JSON.stringify({ title: 'x'.repeat(201) })],
    ['a title that is not a string', '{"title":42}'],
  ])('refuses %s with 400 and an error code', async (_name, body) => {
    const response = await fetch(`${server.url}/api/retros`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('invalid');
    expect(answer.error.message).toBeTruthy();
  });

  it('stores the facilitator key only as a hash', async () => {
    const created = await createRetro(server.url);
    const { openSqliteFile } = await import('../support/sqliteFile.ts');
    const db = openSqliteFile(server.dataDir);
    const row = db.prepare('SELECT key_hash FROM retros WHERE id = ?').get(created.id) as { key_hash: string };
    expect(row.key_hash).not.toContain(created.facilitatorKey);
    const dump = db.prepare("SELECT group_concat(key_hash, '') AS all_keys FROM retros").get() as { all_keys: string };
    db.close();
    expect(dump.all_keys).not.toContain(created.facilitatorKey);
  });
});

describe('the socket handshake', () => {
  it('fails with not_found, forbidden and invalid as the contract says', async () => {
    const created = await createRetro(server.url);
    expect(await handshake({ retroId: 'nope', token: newToken() })).toBe('not_found');
    expect(await handshake({ retroId: created.id, token: newToken(), facilitatorKey: 'wrong' })).toBe('forbidden');
    expect(await handshake({ retroId: created.id, token: 'short' })).toBe('invalid');
    expect(await handshake({ retroId: created.id })).toBe('invalid');
    expect(await handshake({ retroId: created.id, token: newToken(), facilitatorKey: created.facilitatorKey })).toBe('connected');
    // Only the token makes a handshake invalid; an impossible id is unknown, any wrong key forbidden.
    expect(await handshake({ retroId: 'x'.repeat(500), token: newToken() })).toBe('not_found');
    expect(await handshake({ retroId: 42, token: newToken() })).toBe('not_found');
    expect(await handshake({ retroId: created.id, token: newToken(), facilitatorKey: '' })).toBe('forbidden');
    expect(await handshake({ retroId: created.id, token: newToken(), facilitatorKey: null })).toBe('forbidden');
    expect(await handshake({ retroId: created.id, token: newToken(), facilitatorKey: 'k'.repeat(1000) })).toBe('forbidden');
  });

  it("works over HTTP long-polling (Socket.IO's default) and survives bogus polling requests", async () => {
    const created = await createRetro(server.url);
    for (const path of [
      '/socket.io/?EIO=4&transport=polling',
      '/socket.io/?EIO=4&transport=polling&sid=bogus',
      '/socket.io/?EIO=3&transport=polling',
    ]) {
      await fetch(`${server.url}${path}`).then((r) => r.text());
      await fetch(`${server.url}${path}`, { method: 'POST', body: '40{"retroId":"nope"}' }).then((r) => r.text());
    }
    const socket = io(server.url, { auth: { retroId: created.id, token: newToken() }, transports: ['polling'], reconnection: false, forceNew: true });
    try {
      await new Promise((resolve, reject) => {
        socket.once('snapshot', resolve);
        socket.once('connect_error', reject);
      });
      expect(socket.io.engine.transport.name).toBe('polling');
      const ack = await socket.timeout(5000).emitWithAck('command', { id: 'p1', type: 'timeline.add', text: 'over polling' });
      expect(ack).toMatchObject({ ok: true, version: 1 });
    } finally {
      socket.disconnect();
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses a browser from another origin unless ALLOWED_ORIGINS lists it', async () => {
    const created = await createRetro(server.url);
    const auth = { retroId: created.id, token: newToken() };
    expect(await handshake(auth, { origin: 'https://evil.example' })).not.toBe('connected');
    expect(await handshake(auth, { origin: server.url })).toBe('connected');
    const response = await fetch(`${server.url}/api/retros`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ title: 'x' }),
    });
    expect(response.status).toBe(403);

    const open = await startTestServer({ allowedOrigins: ['https://ops.example'] });
    try {
      const other = await createRetro(open.url);
      const socket = io(open.url, {
        auth: { retroId: other.id, token: newToken() },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { origin: 'https://ops.example' },
      });
      await new Promise<void>((resolve, reject) => {
        socket.on('connect', () => resolve());
        socket.on('connect_error', reject);
      });
      socket.disconnect();
    } finally {
      await open.dispose();
    }
  });
});
