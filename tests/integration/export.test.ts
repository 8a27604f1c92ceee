import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/debrief.js', import.meta.url).pathname;

let server: TestServer;
let retro: CreatedRetro;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  retro = await createRetro(server.url, 'Search | index "rebuild" outage');
  const facilitator = await connect(server.url, retro.id, { facilitatorKey: retro.facilitatorKey });
  const alice = await connect(server.url, retro.id);
  clients.push(facilitator, alice);
  await facilitator.ok({ type: 'retro.update', severity: 'SEV3', summary: 'Search returned stale results.' });
  await alice.ok({ type: 'timeline.add', text: 'Index rebuild started', at: '2026-11-20T09:00:00Z', marker: 'impact-start' });
  await alice.ok({ type: 'timeline.add', text: 'PRIVATE-NEVER-REVEALED' });
  await facilitator.ok({ type: 'cards.reveal' });
  await alice.ok({ type: 'timeline.add', text: 'HIDDEN-AFTER-REVEAL' });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server.dispose();
});

const exportUrl = (id: string, format: string) => `${server.url}/api/retros/${id}/export.${format}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('export over HTTP', () => {
  it('answers 401 without a key for any id, then 404, then 403', async () => {
    expect((await fetch(exportUrl(retro.id, 'md'))).status).toBe(401);
    expect((await fetch(exportUrl('no-such-retro', 'md'))).status).toBe(401);
    expect((await fetch(exportUrl('no-such-retro', 'md'), { headers: bearer('anything') })).status).toBe(404);
    expect((await fetch(exportUrl(retro.id, 'md'), { headers: bearer('wrong') })).status).toBe(403);
    expect((await fetch(exportUrl(retro.id, 'json'), { headers: bearer('wrong') })).status).toBe(403);
  });

  it('serves Markdown with a file name, holding what the facilitator may see', async () => {
    const response = await fetch(exportUrl(retro.id, 'md'), { headers: bearer(retro.facilitatorKey) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="\d{4}-\d{2}-\d{2}-search-index-rebuild-outage\.md"$/);
    const markdown = await response.text();
    // A `|` in a heading cannot start a table cell, so the serialiser leaves it as typed.
    expect(markdown).toMatch(/^# Search \| index "rebuild" outage\n/);
    expect(markdown).toContain('Index rebuild started');
    expect(markdown).toContain('PRIVATE-NEVER-REVEALED'); // revealed by cards.reveal
    expect(markdown).not.toContain('HIDDEN-AFTER-REVEAL');
  });

  it('serves the whole retro as JSON without participant identifiers', async () => {
    const response = await fetch(exportUrl(retro.id, 'json'), { headers: bearer(retro.facilitatorKey) });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.text();
    const parsed = JSON.parse(body) as { format: string; retro: { title: string } };
    expect(parsed.format).toBe('debrief.postmortem/v1');
    expect(parsed.retro.title).toBe('Search | index "rebuild" outage');
    for (const client of clients) expect(body).not.toContain(client.token);
    expect(body).not.toMatch(/authorId|participantId|"mine"/);
  });

  it('prints the same bytes from the command line while the server runs', async () => {
    const env = { ...process.env, DATA_DIR: server.dataDir };
    for (const format of ['md', 'json']) {
      const http = await (await fetch(exportUrl(retro.id, format), { headers: bearer(retro.facilitatorKey) })).text();
      const { stdout } = await run(process.execPath, [bin, 'export', retro.id, '--format', format], { env });
      expect(stdout).toBe(http);
    }
    const dir = mkdtempSync(join(tmpdir(), 'debrief-out-'));
    try {
      await run(process.execPath, [bin, 'export', retro.id, '--out', join(dir, 'pm.md')], { env });
      const http = await (await fetch(exportUrl(retro.id, 'md'), { headers: bearer(retro.facilitatorKey) })).text();
      expect(readFileSync(join(dir, 'pm.md'), 'utf8')).toBe(http);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error and 1 for an unknown retro', async () => {
    const env = { ...process.env, DATA_DIR: server.dataDir };
    await expect(run(process.execPath, [bin, 'export'], { env })).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [bin, 'export', retro.id, '--format', 'pdf'], { env })).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, [bin, 'export', 'unknown-retro'], { env })).rejects.toMatchObject({ code: 1 });
  });
});
