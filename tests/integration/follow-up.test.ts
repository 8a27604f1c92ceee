import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

let server: TestServer;
let earlier: CreatedRetro;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  earlier = await createRetro(server.url, 'Payments outage');
  const facilitator = await connect(server.url, earlier.id, { facilitatorKey: earlier.facilitatorKey });
  clients.push(facilitator);
  const add = (title: string) =>
    facilitator.ok({ type: 'action.add', title, kind: 'detect', owner: 'Payments team', priority: 'high', dueDate: '2026-01-31', doneCriterion: `${title} is live` });
  const open = await add('Alert on payment latency');
  const inProgress = await add('Runbook for failover');
  const done = await add('Dashboard for retries');
  const notDoing = await add('Rewrite the gateway');
  await facilitator.ok({ type: 'action.status', actionId: inProgress.id!, status: 'in-progress' });
  await facilitator.ok({ type: 'action.status', actionId: done.id!, status: 'done' });
  await facilitator.ok({ type: 'action.status', actionId: notDoing.id!, status: 'not-doing', reason: 'Too large for the gain' });
  expect(open.ok).toBe(true);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.dispose();
});

const create = (body: unknown) =>
  fetch(`${server.url}/api/retros`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('a follow-up retro', () => {
  it('refuses an unknown earlier retro with 404 and a wrong key with 403, creating nothing', async () => {
    const unknown = await create({ title: 'Next', followUpOf: { id: 'no-such-retro', facilitatorKey: earlier.facilitatorKey } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrong = await create({ title: 'Next', followUpOf: { id: earlier.id, facilitatorKey: 'not-the-key-of-that-retro' } });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await create({ title: 'Next', followUpOf: { id: earlier.id } })).status).toBe(400);
  });

  it('starts with the earlier open actions, each naming where it came from, and the post-mortem lists them', async () => {
    const response = await create({ title: 'Payments outage, again', followUpOf: { id: earlier.id, facilitatorKey: earlier.facilitatorKey } });
    expect(response.status).toBe(201);
    const next = (await response.json()) as CreatedRetro;
    const facilitator = await connect(server.url, next.id, { facilitatorKey: next.facilitatorKey });
    const participant = await connect(server.url, next.id);
    clients.push(facilitator, participant);

    for (const client of [facilitator, participant]) {
      expect(client.view!.actions.map(({ title, status, owner, dueDate, doneCriterion, carriedFrom }) => ({ title, status, owner, dueDate, doneCriterion, carriedFrom }))).toEqual([
        { title: 'Alert on payment latency', status: 'open', owner: 'Payments team', dueDate: '2026-01-31', doneCriterion: 'Alert on payment latency is live', carriedFrom: { id: earlier.id, title: 'Payments outage' } },
        { title: 'Runbook for failover', status: 'in-progress', owner: 'Payments team', dueDate: '2026-01-31', doneCriterion: 'Runbook for failover is live', carriedFrom: { id: earlier.id, title: 'Payments outage' } },
      ]);
    }
    // The team updates them here, like any action item.
    const [alert] = facilitator.view!.actions;
    await facilitator.ok({ type: 'action.status', actionId: alert.id, status: 'done' });
    await facilitator.ok({ type: 'action.add', title: 'Load test the gateway', kind: 'prevent', owner: 'Payments team', priority: 'medium' });

    const headers = { authorization: `Bearer ${next.facilitatorKey}` };
    const markdown = await (await fetch(`${server.url}/api/retros/${next.id}/export.md`, { headers })).text();
    const followUp = markdown.slice(markdown.indexOf('## Follow-up on earlier actions'), markdown.indexOf('## Action items'));
    expect(followUp).toContain('Alert on payment latency');
    expect(followUp).toContain('Runbook for failover');
    expect(followUp).toContain('Payments outage');
    expect(followUp).toMatch(/Alert on payment latency.*\| Done \|/);
    expect(followUp).not.toContain('Load test the gateway');
    expect(markdown).not.toContain('Dashboard for retries');
    expect(markdown).not.toContain('Rewrite the gateway');

    const json = JSON.parse(await (await fetch(`${server.url}/api/retros/${next.id}/export.json`, { headers })).text()) as {
      actions: { title: string; carriedFrom?: { id: string; title: string } }[];
    };
    expect(json.actions.map((action) => action.carriedFrom?.title ?? null)).toEqual(['Payments outage', 'Payments outage', null]);

    const csv = parse(await (await fetch(`${server.url}/api/retros/${next.id}/actions.csv`, { headers })).text(), { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => [row.title, row.carried_from, row.labels])).toEqual([
      ['Alert on payment latency', 'Payments outage', 'postmortem,action-detect,follow-up'],
      ['Runbook for failover', 'Payments outage', 'postmortem,action-detect,follow-up'],
      ['Load test the gateway', '', 'postmortem,action-prevent'],
    ]);
  });
});
