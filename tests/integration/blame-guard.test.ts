import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let alice: TestClient;
let facilitator: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  const retro = await createRetro(server.url);
  facilitator = await connect(server.url, retro.id, { facilitatorKey: retro.facilitatorKey });
  alice = await connect(server.url, retro.id);
  await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
});
afterAll(async () => {
  alice.close();
  facilitator.close();
  await server.dispose();
});

const action = { type: 'action.add', kind: 'prevent', priority: 'high' } as const;

describe('the blame guard on the server', () => {
  it('refuses an action item owned by a named person, with findings and a suggested rewrite', async () => {
    const ack = await alice.command({ ...action, title: 'Add a confirmation step to the deploy CLI', owner: 'Sam' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'blame' } });
    if (ack.ok) return;
    expect(ack.error.findings).toEqual([
      expect.objectContaining({ rule: 'person-owner', severity: 'error', field: 'owner', start: 0, end: 3 }),
    ]);
    expect(ack.error.findings![0].suggestion).toMatch(/team|role/i);
  });

  it('refuses person-level fixes in the title or done criterion', async () => {
    for (const fields of [
      { title: 'Remind Sam to be more careful with deploys', owner: 'Platform team' },
      { title: 'Retrain the on-call engineer on the runbook', owner: 'SRE team' },
      { title: 'Add a canary stage', owner: 'Platform team', doneCriterion: 'Engineers are more careful' },
    ]) {
      const ack = await alice.command({ ...action, ...fields });
      expect(ack, JSON.stringify(fields)).toMatchObject({ ok: false, error: { code: 'blame' } });
    }
  });

  it('refuses the same on action.edit and keeps the item unchanged', async () => {
    const created = await alice.ok({ ...action, title: 'Add a canary stage to the deploy pipeline', owner: 'Platform team' });
    const ack = await alice.command({ type: 'action.edit', actionId: created.id!, owner: '@sam' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'blame', findings: [expect.objectContaining({ field: 'owner' })] } });
    await alice.sync();
    expect(alice.view!.actions.find((a) => a.id === created.id)?.owner).toBe('Platform team');
  });

  it('refuses person-targeted items whatever the name, on add and on edit', async () => {
    const titles = [
      'Remind Priya to double-check every config push',
      'Kemal should have checked the replication lag',
      'Ask Jiho to review configs twice',
      'Okonkwo to re-run the migration by hand',
      'J.K. should double-check deploys',
      'Make sure Wojciech reads the runbook',
      'Remind @kemal to check the lag',
      'Rotate the signing keys (owner: T. Adeyemi)',
      // names the tagger misreads, and names before a verb systems also do
      'Kowalczyk: add an alert for replication lag',
      'Tsering to add an alert on replication lag',
      'Priya will publish the postmortem',
      'Emre must rotate the keys',
    ];
    const created = await alice.ok({ ...action, title: 'Alert on replication lag above 30 s', owner: 'Storage team' });
    for (const title of titles) {
      const added = await alice.command({ ...action, title, owner: 'SRE team' });
      expect(added, title).toMatchObject({ ok: false, error: { code: 'blame', findings: expect.arrayContaining([expect.objectContaining({ field: 'title', severity: 'error' })]) } });
      const edited = await alice.command({ type: 'action.edit', actionId: created.id!, title });
      expect(edited, title).toMatchObject({ ok: false, error: { code: 'blame' } });
    }
    await alice.sync();
    expect(alice.view!.actions.find((a) => a.id === created.id)?.title).toBe('Alert on replication lag above 30 s');
  });

  it('accepts systemic items that name systems, vendors and places', async () => {
    const created = await alice.ok({ ...action, title: 'Add a canary stage', owner: 'Platform team' });
    for (const title of [
      'Ask Cloudflare to raise the rate limit',
      'Grafana should alert on replication lag',
      'Have CI block merges without a passing canary',
      'Postgres should fail over automatically within 60 s',
      'Document the Tokyo failover runbook',
      'Require two approvals on changes to the Payments config',
      'Vault must rotate the keys',
      'Houston: add a second generator',
      // the owner written into the title is a team, not the person the order replaces
      'Replace the chiller units (owner: facilities team)',
      'Replace the operator console – owner: controls team',
    ]) {
      expect(await alice.command({ ...action, title, owner: 'SRE team' }), title).toMatchObject({ ok: true });
      expect(await alice.command({ type: 'action.edit', actionId: created.id!, title }), title).toMatchObject({ ok: true });
    }
  });

  it('accepts systemic action items owned by teams and roles', async () => {
    for (const owner of ['Payments SRE', 'on-call engineer', 'Incident commander', 'database-reliability']) {
      const ack = await alice.command({ ...action, title: 'Alert when payment errors exceed 5% for 2 minutes', owner });
      expect(ack, owner).toMatchObject({ ok: true });
    }
  });

  it('never blocks a card or a factor, whatever it says', async () => {
    expect(await alice.command({ type: 'timeline.add', text: 'Sam failed to check the dashboard; human error.' })).toMatchObject({ ok: true });
    expect(await alice.command({ type: 'factor.add', text: 'The root cause was a careless engineer', category: 'other' })).toMatchObject({ ok: true });
  });
});
