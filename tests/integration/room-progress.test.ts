import { describe, expect, it } from 'vitest';
import type { ChangesMessage } from '../../shared/protocol/messages.ts';
import type { TestClient } from '../support/client.ts';
import { retroPerTest } from '../support/retroPerTest.ts';

/**
 * The counts that tell the room how it is doing — "N of M done" without the facilitator, and
 * "N of M votes placed" — must be counts only: the same for everyone, never per factor or person.
 */

const { join } = retroPerTest('Queue backlog');

/** Every `votes.placed` change a client received, in order. */
function placedChanges(client: TestClient) {
  return client.frames
    .map((frame) => JSON.parse(frame) as { data?: unknown[] })
    .filter((packet) => Array.isArray(packet.data) && packet.data[0] === 'changes')
    .flatMap((packet) => (packet.data![1] as ChangesMessage).changes)
    .filter((change) => change.op === 'votes.placed');
}

describe('room progress counts', () => {
  it('counts those asked to mark a step done apart from the facilitator, keeping online and ready as they are', async () => {
    const facilitator = await join({ facilitator: true });
    const alice = await join();
    const bob = await join();
    await facilitator.waitFor(() => facilitator.view!.participants.online === 3);
    expect(facilitator.view!.participants).toEqual({ online: 3, ready: 0, asked: 2, askedReady: 0 });

    await alice.ok({ type: 'participant.ready', ready: true });
    await facilitator.ok({ type: 'participant.ready', ready: true });
    for (const client of [facilitator, alice, bob]) {
      await client.waitFor(() => client.view!.participants.ready === 2);
      expect(client.view!.participants).toEqual({ online: 3, ready: 2, asked: 2, askedReady: 1 });
    }

    bob.close();
    await facilitator.waitFor(() => facilitator.view!.participants.online === 2);
    expect(facilitator.view!.participants).toEqual({ online: 2, ready: 2, asked: 1, askedReady: 1 });
  });

  it('tells everyone the same total of votes placed, with nothing per factor or per person', async () => {
    const facilitator = await join({ facilitator: true });
    const alice = await join();
    const bob = await join();
    const everyone = [facilitator, alice, bob];
    await facilitator.ok({ type: 'phase.set', phase: 'factors' });
    const f1 = await alice.ok({ type: 'factor.add', text: 'No alert on queue depth', category: 'monitoring' });
    const f2 = await bob.ok({ type: 'factor.add', text: 'Retry storm', category: 'capacity' });
    await facilitator.ok({ type: 'cards.reveal' });
    await facilitator.ok({ type: 'phase.set', phase: 'voting' });

    await alice.ok({ type: 'vote.cast', factorId: f1.id! });
    await alice.ok({ type: 'vote.cast', factorId: f1.id! });
    await bob.ok({ type: 'vote.cast', factorId: f2.id! });
    const last = await facilitator.ok({ type: 'vote.cast', factorId: f2.id! });
    for (const client of everyone) await client.atVersion(last.version);

    for (const client of everyone) {
      expect(client.view!.votesPlaced).toBe(4);
      // While voting is open nobody's view has a per-factor total.
      expect(client.view!.factors.map((factor) => factor.votes)).toEqual([null, null]);
      // Each change carries the room-wide number and nothing else: no factor id, no voter.
      expect(placedChanges(client)).toEqual([1, 2, 3, 4].map((placed) => ({ op: 'votes.placed', placed })));
    }

    const retracted = await alice.ok({ type: 'vote.retract', factorId: f1.id! });
    for (const client of everyone) {
      await client.atVersion(retracted.version);
      expect(client.view!.votesPlaced).toBe(3);
    }
    // Removing a voted factor while totals are secret would move the count by exactly its
    // total: refused, for its author and the facilitator alike, and nothing moves.
    for (const remover of [bob, facilitator]) {
      const refused = await remover.command({ type: 'factor.remove', factorId: f2.id! });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    const before = await bob.sync();
    expect(before.ok && before.version).toBe(retracted.version);

    // Once voting has been left, totals are public, and a removal takes its dots with it.
    await facilitator.ok({ type: 'phase.set', phase: 'actions' });
    const removed = await bob.ok({ type: 'factor.remove', factorId: f2.id! });
    for (const client of everyone) {
      await client.atVersion(removed.version);
      expect(client.view!.votesPlaced).toBe(1);
    }
    // A fresh snapshot agrees with the folded changes.
    const answer = await bob.sync();
    expect(answer.ok && answer.view.votesPlaced).toBe(1);
  });
});
