import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/debrief.js', import.meta.url).pathname;

let server: TestServer;
let retro: CreatedRetro;
const clients: TestClient[] = [];

const tricky = {
  title: 'Alert on "stale index", not on CPU',
  owner: '=HYPERLINK("http://evil.example","Search team")',
  doneCriterion: 'An alert fires within 5 minutes,\nand the runbook links it',
};

beforeAll(async () => {
  server = await startTestServer();
  retro = await createRetro(server.url, 'Search outage');
  const facilitator = await connect(server.url, retro.id, { facilitatorKey: retro.facilitatorKey });
  clients.push(facilitator);
  const factor = await facilitator.ok({ type: 'factor.add', text: 'No alert on index age, "freshness" unmonitored', category: 'monitoring' });
  await facilitator.ok({ type: 'cards.reveal' });
  const action = await facilitator.ok({
    type: 'action.add',
    kind: 'detect',
    priority: 'high',
    dueDate: '2026-12-31',
    factorIds: [factor.id!],
    ...tricky,
  });
  await facilitator.ok({ type: 'action.add', title: '+1 replica for the search cluster', kind: 'prevent', owner: 'Search team', priority: 'low', dueDate: null });
  await facilitator.ok({ type: 'action.add', title: '-20% on the index-age alert threshold', kind: 'process', owner: 'SRE', priority: 'medium', dueDate: '2027-01-15' });
  await facilitator.ok({ type: 'action.status', actionId: action.id!, status: 'in-progress' });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await server.dispose();
});

const csvUrl = (id: string) => `${server.url}/api/retros/${id}/actions.csv`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('actions.csv', () => {
  it('answers 401 without a key, 404 for an unknown retro, 403 for a wrong key', async () => {
    expect((await fetch(csvUrl(retro.id))).status).toBe(401);
    expect((await fetch(csvUrl('no-such-retro'), { headers: bearer(retro.facilitatorKey) })).status).toBe(404);
    expect((await fetch(csvUrl(retro.id), { headers: bearer('wrong-key-wrong-key-wrong') })).status).toBe(403);
  });

  it('round-trips through a CSV parser with the tracker columns, quotes, commas and line breaks intact', async () => {
    const response = await fetch(csvUrl(retro.id), { headers: bearer(retro.facilitatorKey) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="\d{4}-\d{2}-\d{2}-search-outage\.csv"$/);
    const body = await response.text();
    // RFC 4180: records end in CRLF; a line break inside a quoted field stays as it was typed.
    expect(body.split('\r\n')[0]).toBe('title,description,owner,due,priority,status,labels,kind,reason,tracker_url,carried_from');

    const rows = parse(body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      title: tricky.title,
      owner: `'${tricky.owner}`,
      due: '2026-12-31',
      priority: 'High',
      status: 'In progress',
      labels: 'postmortem,action-detect',
      kind: 'detect',
      carried_from: '',
    });
    expect(rows[0].description).toBe(
      `Done when: ${tricky.doneCriterion}\n\nContributing factors:\n- No alert on index age, "freshness" unmonitored\n\nFrom the post-mortem "Search outage".`,
    );
    // Cells a spreadsheet would run as a formula start with a quote instead; the text is kept.
    expect(rows[1]).toMatchObject({ title: "'+1 replica for the search cluster", due: '', priority: 'Low', status: 'Open' });
    expect(rows[2].title).toBe("'-20% on the index-age alert threshold");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('prints the same bytes from the command line', async () => {
    const env = { ...process.env, DATA_DIR: server.dataDir };
    const http = await (await fetch(csvUrl(retro.id), { headers: bearer(retro.facilitatorKey) })).text();
    const { stdout } = await run(process.execPath, [bin, 'export', retro.id, '--format', 'csv'], { env });
    expect(stdout).toBe(http);
  });

  it('comes over the socket export too, for the review page', async () => {
    const answer = await clients[0].socket.timeout(10_000).emitWithAck('export', { format: 'csv' });
    expect(answer).toMatchObject({ ok: true, contentType: 'text/csv; charset=utf-8' });
  });
});
