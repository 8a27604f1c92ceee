import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, newToken, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

let server: TestServer;
let retro: CreatedRetro;
const clients: TestClient[] = [];

async function join(options: { token?: string; facilitator?: boolean } = {}) {
  const client = await connect(server.url, retro.id, {
    token: options.token,
    facilitatorKey: options.facilitator ? retro.facilitatorKey : undefined,
  });
  clients.push(client);
  return client;
}

beforeEach(async () => {
  server = await startTestServer();
  retro = await createRetro(server.url, 'Payments API outage');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.dispose();
});

describe('a whole retro over real sockets', () => {
  it('runs from setup to review: private cards, reveal, merge, secret budgeted votes, actions', async () => {
    const facilitator = await join({ facilitator: true });
    const alice = await join();
    const bob = await join();
    expect(facilitator.view!.me.role).toBe('facilitator');
    expect(alice.view!.me.role).toBe('participant');
    await facilitator.waitFor(() => facilitator.view!.participants.online === 3);

    await facilitator.ok({
      type: 'retro.update',
      summary: 'Card payments failed for 40 minutes.',
      severity: 'SEV2',
      customerImpact: 'About 12% of checkouts failed.',
      impactStart: '2026-11-20T14:00:00Z',
      settings: { voteBudget: 3, maxVotesPerFactor: 2 },
    });
    await facilitator.ok({ type: 'phase.set', phase: 'timeline' });
    await alice.waitFor(() => alice.view!.retro.phase === 'timeline');
    expect(alice.view!.retro.severity).toBe('SEV2');

    // Private writing is on by default: nobody else sees a new card, only a count.
    const started = await alice.ok({ type: 'timeline.add', text: 'Error rate on /pay rose to 30%', at: '2026-11-20T14:02:00Z', marker: 'impact-start' });
    const detected = await bob.ok({ type: 'timeline.add', text: 'Alert fired in #payments', at: '2026-11-20T14:09:00Z', marker: 'detected' });
    await facilitator.atVersion(detected.version);
    await alice.atVersion(detected.version);
    expect(alice.view!.timeline.map((c) => c.id)).toEqual([started.id]);
    expect(alice.view!.timeline[0]).toMatchObject({ mine: true, private: true });
    expect(alice.view!.hidden.timeline).toBe(1);
    expect(facilitator.view!.timeline).toEqual([]);
    expect(facilitator.view!.hidden.timeline).toBe(2);

    const reveal = await facilitator.ok({ type: 'cards.reveal' });
    for (const client of [facilitator, alice, bob]) await client.atVersion(reveal.version);
    for (const client of [facilitator, alice, bob]) {
      expect(client.view!.timeline.map((c) => c.text)).toEqual(['Error rate on /pay rose to 30%', 'Alert fired in #payments']);
      expect(client.view!.hidden).toEqual({ timeline: 0, factors: 0 });
    }
    expect(alice.view!.timeline.map((c) => c.mine)).toEqual([true, false]);

    await facilitator.ok({ type: 'phase.set', phase: 'factors' });
    const f1 = await alice.ok({ type: 'factor.add', text: 'No alert on payment error rate', category: 'monitoring', timelineCardIds: [started.id!] });
    const f2 = await bob.ok({ type: 'factor.add', text: 'Error-rate alerting was missing', category: 'monitoring', prompt: 'surprised' });
    const f3 = await bob.ok({ type: 'factor.add', text: 'Deploy had no canary', category: 'change-management' });
    await facilitator.ok({ type: 'cards.reveal' });
    const merged = await facilitator.ok({ type: 'factor.merge', sourceId: f2.id!, targetId: f1.id! });
    await alice.atVersion(merged.version);
    expect(alice.view!.factors.map((f) => f.id)).toEqual([f1.id, f3.id]);

    await facilitator.ok({ type: 'phase.set', phase: 'voting' });
    await alice.ok({ type: 'vote.cast', factorId: f1.id! });
    await alice.ok({ type: 'vote.cast', factorId: f1.id! });
    const capped = await alice.command({ type: 'vote.cast', factorId: f1.id! });
    expect(capped).toMatchObject({ ok: false, error: { code: 'limit' } });
    await alice.ok({ type: 'vote.cast', factorId: f3.id! });
    const overBudget = await alice.command({ type: 'vote.cast', factorId: f3.id! });
    expect(overBudget).toMatchObject({ ok: false, error: { code: 'limit' } });
    const lastVote = await bob.ok({ type: 'vote.cast', factorId: f1.id! });
    await alice.atVersion(lastVote.version);
    // While voting is open totals are secret; each participant sees only their own dots.
    expect(alice.view!.factors.map((f) => f.votes)).toEqual([null, null]);
    expect(alice.view!.me).toMatchObject({ votes: { [f1.id!]: 2, [f3.id!]: 1 }, votesLeft: 0 });
    expect(bob.view!.me).toMatchObject({ votes: { [f1.id!]: 1 }, votesLeft: 2 });
    expect(facilitator.view!.factors.map((f) => f.votes)).toEqual([null, null]);

    const closed = await facilitator.ok({ type: 'phase.set', phase: 'actions' });
    await bob.atVersion(closed.version);
    expect(bob.view!.factors.map((f) => [f.id, f.votes])).toEqual([
      [f1.id, 3],
      [f3.id, 1],
    ]);

    const action = await bob.ok({
      type: 'action.add',
      title: 'Add an alert on payment error rate above 5%',
      kind: 'detect',
      owner: 'Payments SRE',
      priority: 'high',
      factorIds: [f1.id!],
    });
    const notDoing = await facilitator.command({ type: 'action.status', actionId: action.id!, status: 'not-doing' });
    expect(notDoing).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: ['reason'] }] } });
    await facilitator.ok({ type: 'action.status', actionId: action.id!, status: 'in-progress' });
    const review = await facilitator.ok({ type: 'phase.set', phase: 'review' });
    await alice.atVersion(review.version);
    expect(alice.view!.actions).toEqual([
      expect.objectContaining({ title: 'Add an alert on payment error rate above 5%', owner: 'Payments SRE', status: 'in-progress', factorIds: [f1.id] }),
    ]);
    // In review cards are frozen but action status stays editable.
    expect(await alice.command({ type: 'timeline.add', text: 'late card' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await facilitator.ok({ type: 'action.status', actionId: action.id!, status: 'done' });

    // Every client's folded view equals a fresh snapshot of its own view.
    for (const client of [facilitator, alice, bob]) {
      const folded = client.view!;
      await client.sync();
      expect(folded).toEqual(client.view);
    }
  });

  it('keeps facilitator rights and author rights on the server', async () => {
    const facilitator = await join({ facilitator: true });
    const alice = await join();
    const bob = await join();
    expect(await alice.command({ type: 'phase.set', phase: 'voting' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await alice.command({ type: 'cards.reveal' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await facilitator.ok({ type: 'retro.update', settings: { privateWriting: false } });
    const card = await alice.ok({ type: 'timeline.add', text: 'Deploy started' });
    expect(await bob.command({ type: 'timeline.edit', cardId: card.id!, text: 'changed' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await bob.command({ type: 'timeline.remove', cardId: card.id! })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await facilitator.ok({ type: 'timeline.edit', cardId: card.id!, text: 'Deploy 42 started' });
    const removed = await facilitator.ok({ type: 'timeline.remove', cardId: card.id! });
    await alice.atVersion(removed.version);
    expect(alice.view!.timeline).toEqual([]);
    expect(await alice.command({ type: 'vote.cast', factorId: 'nope' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses bad payloads with invalid and names the field', async () => {
    const alice = await join();
    const tooLong = await alice.command({ type: 'timeline.add', text: 'x'.repeat(2001) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: ['text'] }] } });
    const blank = await alice.command({ type: 'timeline.add', text: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: ['text'] }] } });
    const badUrl = await alice.command({ type: 'timeline.add', text: 'ok', evidenceUrl: 'javascript:alert(1)' });
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: ['evidenceUrl'] }] } });
    expect(alice.version).toBe(0);
  });

  it('treats the same token after reconnecting as the same participant', async () => {
    const token = newToken();
    const first = await join({ token });
    const card = await first.ok({ type: 'timeline.add', text: 'My private note' });
    first.close();
    const again = await join({ token });
    expect(again.view!.timeline).toEqual([expect.objectContaining({ id: card.id, mine: true, private: true })]);
    const stranger = await join();
    expect(stranger.view!.timeline).toEqual([]);
    expect(stranger.view!.hidden.timeline).toBe(1);
    await again.ok({ type: 'timeline.edit', cardId: card.id!, text: 'Still mine' });
  });

  it('reloads every retro after a restart', async () => {
    const facilitator = await join({ facilitator: true });
    const alice = await join();
    await facilitator.ok({ type: 'retro.update', summary: 'Kept across restarts' });
    const card = await alice.ok({ type: 'timeline.add', text: 'Survives' });
    await facilitator.ok({ type: 'phase.set', phase: 'voting' });
    const before = facilitator.view!;
    facilitator.close();
    alice.close();
    await server.close();

    server = await startTestServer({ dataDir: server.dataDir });
    const facilitatorAgain = await join({ facilitator: true, token: facilitator.token });
    const aliceAgain = await join({ token: alice.token });
    expect(facilitatorAgain.view!.retro).toEqual(before.retro);
    expect(aliceAgain.view!.timeline).toEqual([expect.objectContaining({ id: card.id, text: 'Survives', mine: true })]);
    expect(facilitatorAgain.version).toBe(facilitator.version);
  });
});
