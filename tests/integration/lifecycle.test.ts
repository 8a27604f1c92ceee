import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteFile } from '../support/sqliteFile.ts';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

const servers: TestServer[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0).reverse()) await server.dispose();
});

async function start(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

function rowsFor(server: TestServer, retroId: string) {
  const db = openSqliteFile(server.dataDir);
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table === 'retros' ? 'id' : 'retro_id'} = ?`).get(retroId) as { n: number }).n;
  try {
    return ['retros', 'events', 'snapshots', 'command_acks'].map(count);
  } finally {
    db.close();
  }
}

describe('security headers', () => {
  it('locks the page down on every response', async () => {
    const server = await start();
    for (const path of ['/', '/healthz', '/r/anything', '/api/nope']) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:\/\//);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('deleting a retro', () => {
  it('answers 401, 404, 403 in that order, then deletes the retro, its history and its connections', async () => {
    const server = await start();
    const retro = await createRetro(server.url);
    const client = await connect(server.url, retro.id);
    clients.push(client);
    await client.ok({ type: 'timeline.add', text: 'soon gone' });
    const url = (id: string) => `${server.url}/api/retros/${id}`;
    expect((await fetch(url(retro.id), { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(url('unknown'), { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(url('unknown'), { method: 'DELETE', headers: { authorization: 'Bearer x' } })).status).toBe(404);
    expect((await fetch(url(retro.id), { method: 'DELETE', headers: { authorization: 'Bearer x' } })).status).toBe(403);

    const closing = new Promise((resolve) => client.socket.on('closing', resolve));
    const disconnected = new Promise((resolve) => client.socket.on('disconnect', resolve));
    const response = await fetch(url(retro.id), { method: 'DELETE', headers: { authorization: `Bearer ${retro.facilitatorKey}` } });
    expect(response.status).toBe(204);
    expect(await closing).toEqual({ reason: 'retro_deleted' });
    await disconnected;
    expect(rowsFor(server, retro.id)).toEqual([0, 0, 0, 0]);
    await expect(connect(server.url, retro.id)).rejects.toMatchObject({ data: { code: 'not_found' } });
    const exported = await fetch(`${url(retro.id)}/export.md`, { headers: { authorization: `Bearer ${retro.facilitatorKey}` } });
    expect(exported.status).toBe(404);
  });
});

describe('retention', () => {
  it('purges retros idle for longer than RETENTION_DAYS and keeps the others', async () => {
    const first = await start();
    const old = await createRetro(first.url, 'Old');
    const fresh = await createRetro(first.url, 'Fresh');
    await first.close();
    const db = openSqliteFile(first.dataDir);
    db.prepare('UPDATE retros SET updated_at = ? WHERE id = ?').run('2020-01-01T00:00:00.000Z', old.id);
    db.close();

    const second = await start({ dataDir: first.dataDir, retentionDays: 30 });
    await expect.poll(() => rowsFor(second, old.id)).toEqual([0, 0, 0, 0]);
    expect(rowsFor(second, fresh.id)[0]).toBe(1);
  });
});
