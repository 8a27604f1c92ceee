import type { CommandAck } from '../../shared/protocol/messages.ts';

/** How many readiness answers a room remembers for retries. */
const REMEMBERED = 2000;

/**
 * The answers to recent `participant.ready` commands, so a retry with the same id gets the
 * same ack (CONTRACT idempotency). Readiness is presence and is not stored, so neither are
 * these: a bounded memory, oldest forgotten first.
 */
export class ReadyAcks {
  private readonly acks = new Map<string, CommandAck>();

  get(participantId: string, commandId: string): CommandAck | undefined {
    return this.acks.get(`${participantId}\u0000${commandId}`);
  }

  set(participantId: string, commandId: string, ack: CommandAck): void {
    this.acks.set(`${participantId}\u0000${commandId}`, ack);
    if (this.acks.size > REMEMBERED) this.acks.delete(this.acks.keys().next().value!);
  }
}
