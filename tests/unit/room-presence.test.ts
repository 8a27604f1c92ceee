import { describe, expect, it } from 'vitest';
import { emptyState } from '../../shared/domain/state.ts';
import { createLogger } from '../../server/logger.ts';
import type { RoomOutbox } from '../../server/rooms/outbox.ts';
import { Room } from '../../server/rooms/room.ts';
import type { RetroStore } from '../../server/store/types.ts';

/** A room with an outbox that records what it sends, and a store that only records participants. */
function roomWithOutbox() {
  const sent: Array<{ event: string; payload: unknown }> = [];
  const outbox: RoomOutbox = {
    toParticipant: (_id, event, payload) => sent.push({ event, payload }),
    toAllExcept: (_ids, event, payload) => sent.push({ event, payload }),
    closeAll: () => undefined,
  };
  const store = { recordParticipant: async () => undefined } as unknown as RetroStore;
  const room = new Room(
    { id: 'r1', keyHash: 'k', state: emptyState('r1', 'Retro', new Date(0).toISOString()), snapshotVersion: 0, participantIds: [] },
    { store, outbox, logger: createLogger('silent'), retire: () => undefined },
  );
  const presence = () => sent.filter((m) => m.event === 'presence').map((m) => m.payload as { online: number });
  return { room, presence };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('presence announcements', () => {
  it('sends one count for everyone who arrives in the same loop turn, not one per arrival', async () => {
    const { room, presence } = roomWithOutbox();
    for (let i = 0; i < 20; i++) room.connect({ participantId: `p${i}`, role: 'participant' });
    expect(presence()).toHaveLength(0);
    await nextTurn();
    expect(presence()).toHaveLength(1);
    expect(presence()[0].online).toBe(20);
  });

  it('sends a new count for a change in a later turn', async () => {
    const { room, presence } = roomWithOutbox();
    room.connect({ participantId: 'a', role: 'participant' });
    await nextTurn();
    room.disconnect('a');
    await nextTurn();
    expect(presence().map((p) => p.online)).toEqual([1, 0]);
  });
});
