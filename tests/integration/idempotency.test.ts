import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type TestClient } from '../support/client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from '../support/server.ts';

let server: TestServer;
let retro: CreatedRetro;
const clients: TestClient[] = [];
beforeEach(async () => {
  server = await startTestServer();
  retro = await createRetro(server.url);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.dispose();
});

async function join(options: { token?: string; facilitator?: boolean } = {}) {
  const client = await connect(server.url, retro.id, {
    token: options.token,
    facilitatorKey: options.facilitator ? retro.facilitatorKey : undefined,
  });
  clients.push(client);
  return client;
}

describe('retries apply once', () => {
  it('applies the same command id once and answers the retry with the original ack', async () => {
    const alice = await join();
    const id = randomUUID();
    const [first, concurrent] = await Promise.all([
      alice.command({ type: 'timeline.add', text: 'only once' }, id),
      alice.command({ type: 'timeline.add', text: 'only once' }, id),
    ]);
    const later = await alice.command({ type: 'timeline.add', text: 'only once' }, id);
    expect(first).toMatchObject({ ok: true, version: 1 });
    expect(concurrent).toEqual(first);
    expect(later).toEqual(first);
    await alice.sync();
    expect(alice.view!.timeline).toHaveLength(1);
    expect(alice.version).toBe(1);
  });

  it('answers an error retry with the same error, and a retry after reconnecting or restarting the same way', async () => {
    const token = (await join()).token;
    const alice = clients[0];
    const refused = await alice.command({ type: 'phase.set', phase: 'voting' }, 'same-id');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const added = await alice.command({ type: 'timeline.add', text: 'before restart' }, 'add-1');
    alice.close();

    const again = await join({ token });
    expect(await again.command({ type: 'phase.set', phase: 'voting' }, 'same-id')).toEqual(refused);
    again.close();
    await server.close();
    server = await startTestServer({ dataDir: server.dataDir });
    const afterRestart = await join({ token });
    expect(await afterRestart.command({ type: 'timeline.add', text: 'before restart' }, 'add-1')).toEqual(added);
    expect(afterRestart.view!.timeline).toHaveLength(1);
  });

  it('answers the retry of an accepted command with its acceptance, even when deciding it again would refuse it', async () => {
    const alice = await join();
    const added = await alice.ok({ type: 'timeline.add', text: 'to be removed' });
    const removed = await alice.command({ type: 'timeline.remove', cardId: added.id! }, 'remove-1');
    expect(removed).toMatchObject({ ok: true });
    // The card is gone, so a fresh decision would say not_found: the first answer still stands.
    expect(await alice.command({ type: 'timeline.remove', cardId: added.id! }, 'remove-1')).toEqual(removed);
    expect(await alice.command({ type: 'timeline.remove', cardId: added.id! }, 'remove-2')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('answers a retried participant.ready with its original ack', async () => {
    const alice = await join();
    const facilitator = await join({ facilitator: true });
    const first = await alice.command({ type: 'participant.ready', ready: true }, 'ready-1');
    await facilitator.ok({ type: 'retro.update', summary: 'moves the version on' });
    expect(await alice.command({ type: 'participant.ready', ready: true }, 'ready-1')).toEqual(first);
  });

  it('scopes command ids to the participant', async () => {
    const alice = await join();
    const bob = await join();
    const a = await alice.command({ type: 'timeline.add', text: 'alice' }, 'shared-id');
    const b = await bob.command({ type: 'timeline.add', text: 'bob' }, 'shared-id');
    expect(a).toMatchObject({ ok: true, version: 1 });
    expect(b).toMatchObject({ ok: true, version: 2 });
    expect(b).not.toEqual(a);
  });

  it('does not use up an id answered rate_limited', async () => {
    const alice = await join();
    // The 131st command of one burst is over the limit of 100.
    const limitedId = 'limited-then-retried';
    const burst = await Promise.all([
      ...Array.from({ length: 130 }, (_, i) => alice.command({ type: 'participant.ready', ready: i % 2 === 0 })),
      alice.command({ type: 'timeline.add', text: 'eventually' }, limitedId),
    ]);
    let ack = burst[130];
    expect(ack).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    while (!ack.ok && ack.error.code === 'rate_limited') {
      await new Promise((resolve) => setTimeout(resolve, 60));
      ack = await alice.command({ type: 'timeline.add', text: 'eventually' }, limitedId);
    }
    expect(ack).toMatchObject({ ok: true });
    await alice.sync();
    expect(alice.view!.timeline.map((card) => card.text)).toEqual(['eventually']);
  });
});
