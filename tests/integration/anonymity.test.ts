import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { participantIdFor } from '../../server/security.ts';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

let server: TestServer;
let retro: CreatedRetro;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  retro = await createRetro(server.url, 'Login outage');
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.dispose();
});

async function join(facilitator = false) {
  const client = await connect(server.url, retro.id, { facilitatorKey: facilitator ? retro.facilitatorKey : undefined });
  clients.push(client);
  return client;
}

describe('nobody is exposed', () => {
  it('sends no frame that identifies anyone or leaks hidden text, through a whole retro', async () => {
    const facilitator = await join(true);
    const alice = await join();
    const bob = await join();
    const everyone = [facilitator, alice, bob];
    const secrets = {
      alice: 'ALICE-SECRET rollback was slow',
      bob: 'BOB-SECRET cache warmed late',
      aliceFactor: 'ALICE-FACTOR no runbook for the cache',
    };

    await facilitator.ok({ type: 'phase.set', phase: 'timeline' });
    await alice.ok({ type: 'timeline.add', text: secrets.alice, marker: 'detected' });
    await bob.ok({ type: 'timeline.add', text: secrets.bob });
    await facilitator.ok({ type: 'phase.set', phase: 'factors' });
    const f1 = await alice.ok({ type: 'factor.add', text: secrets.aliceFactor, category: 'documentation' });
    const hiddenPhaseEnd = await bob.ok({ type: 'factor.add', text: 'BOB-FACTOR', category: 'tooling' });
    for (const client of everyone) await client.atVersion(hiddenPhaseEnd.version);

    // Before the reveal: nobody's frames carry someone else's hidden text.
    const framesOf = (client: TestClient) => client.frames.join('\n');
    for (const [client, own] of [
      [facilitator, [] as string[]],
      [alice, [secrets.alice, secrets.aliceFactor]],
      [bob, [secrets.bob, 'BOB-FACTOR']],
    ] as const) {
      for (const secret of [secrets.alice, secrets.bob, secrets.aliceFactor, 'BOB-FACTOR']) {
        if (!own.includes(secret)) expect(framesOf(client)).not.toContain(secret);
      }
    }

    await facilitator.ok({ type: 'cards.reveal' });
    await facilitator.ok({ type: 'phase.set', phase: 'voting' });
    await alice.ok({ type: 'vote.cast', factorId: f1.id! });
    await bob.ok({ type: 'vote.cast', factorId: f1.id! });
    await bob.ok({ type: 'vote.cast', factorId: hiddenPhaseEnd.id! });
    await facilitator.ok({ type: 'phase.set', phase: 'actions' });
    await alice.ok({ type: 'action.add', title: 'Write a cache warm-up runbook', kind: 'process', owner: 'Identity team', priority: 'medium' });
    const last = await facilitator.ok({ type: 'phase.set', phase: 'review' });
    for (const client of everyone) await client.atVersion(last.version);
    const exported = await facilitator.socket.timeout(5000).emitWithAck('export', { format: 'json' });

    const identifiers = everyone.flatMap((client) => [client.token, participantIdFor(retro.id, client.token)]);
    for (const client of everyone) {
      const frames = framesOf(client);
      for (const identifier of identifiers) expect(frames).not.toContain(identifier);
      expect(frames).not.toContain(retro.facilitatorKey);
      expect(frames).not.toMatch(/"(author|authorId|voter|voterId|voters|participantId|token|createdBy)"/);
    }
    expect(JSON.stringify(exported)).not.toMatch(new RegExp(identifiers.join('|')));
    // The view never lets one tell two anonymous contributors apart: votes come only as totals.
    expect(facilitator.view!.factors.map((f) => f.votes).sort()).toEqual([1, 2]);
  });

  it('counts participants in the export by who joined, so the count never tracks who wrote what', async () => {
    const facilitator = await join(true);
    const alice = await join();
    const bob = await join();
    const participants = async () => {
      const answer = await bob.socket.timeout(5000).emitWithAck('export', { format: 'json' });
      if (!answer.ok) throw new Error(answer.error.message);
      return (JSON.parse(answer.content) as { participation: { participants: number } }).participation.participants;
    };
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    expect(await participants()).toBe(3);
    await alice.ok({ type: 'timeline.add', text: 'one' });
    expect(await participants()).toBe(3);
    await alice.ok({ type: 'timeline.add', text: 'two' });
    await bob.ok({ type: 'timeline.add', text: 'three' });
    expect(await participants()).toBe(3);
    // A reconnect with the same token is the same participant; a new token is a new one.
    alice.close();
    await connect(server.url, retro.id, { token: alice.token }).then((again) => clients.push(again));
    expect(await participants()).toBe(3);
    await join();
    expect(await participants()).toBe(4);
  });

  it('keeps tokens, keys and card text out of the logs', async () => {
    const facilitator = await join(true);
    const alice = await join();
    await alice.ok({ type: 'timeline.add', text: 'LOG-CANARY card text' });
    await facilitator.ok({ type: 'cards.reveal' });
    await alice.command({ type: 'timeline.add', text: '' });
    await fetch(`${server.url}/api/retros/${retro.id}/export.md`, { headers: { authorization: `Bearer ${retro.facilitatorKey}` } });
    await fetch(`${server.url}/api/retros/${retro.id}/export.md`, { headers: { authorization: 'Bearer wrong-key' } });
    const logs = server.logs.join('\n');
    expect(server.logs.length).toBeGreaterThan(0);
    for (const secret of [alice.token, facilitator.token, retro.facilitatorKey, 'wrong-key', 'LOG-CANARY']) {
      expect(logs).not.toContain(secret);
    }
  });
});
