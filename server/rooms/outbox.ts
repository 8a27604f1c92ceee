import type { ServerToClientEvents } from '../../shared/protocol/messages.ts';

type EventName = keyof ServerToClientEvents;
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * How a room reaches its viewers without knowing about Socket.IO. A participant may be
 * connected from several devices; each call reaches all of them.
 */
export interface RoomOutbox {
  toParticipant<E extends EventName>(participantId: string, event: E, payload: Payload<E>): void;
  /** Everyone connected to the retro except these participants. One encoding for all. */
  toAllExcept<E extends EventName>(participantIds: Iterable<string>, event: E, payload: Payload<E>): void;
  /** Tells every connection why, then closes it (clients reconnect unless the retro is gone). */
  closeAll(reason: Payload<'closing'>['reason']): void;
}
