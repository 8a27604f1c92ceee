import { apply } from '../../shared/domain/apply.ts';
import { decide, type DecidableCommand, type Decision } from '../../shared/domain/decide.ts';
import { emptyState, type Actor, type RetroState } from '../../shared/domain/state.ts';
import { CommandSchema, type CommandInput } from '../../shared/protocol/commands.ts';

export const facilitator: Actor = { participantId: 'p-facilitator', role: 'facilitator' };
export const alice: Actor = { participantId: 'p-alice', role: 'participant' };
export const bob: Actor = { participantId: 'p-bob', role: 'participant' };

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

/**
 * A retro driven through the pure core only: parse like the server does, decide, apply.
 * Ids and the clock are deterministic so tests can name what they create.
 */
export class DomainRetro {
  state: RetroState = emptyState('retro-1', 'Checkout outage', '2026-11-20T15:00:00.000Z');
  private nextId = 1;
  now = new Date('2026-11-20T15:30:00.000Z');

  run(actor: Actor, body: DistributiveOmit<CommandInput, 'id'>): Decision {
    const command = CommandSchema.parse({ ...body, id: `c${this.nextId}` }) as DecidableCommand;
    const decision = decide(this.state, command, actor, { now: this.now, newId: () => `e${this.nextId++}` });
    if (decision.ok) for (const event of decision.events) this.state = apply(this.state, event);
    return decision;
  }

  /** Runs a command that must succeed and returns the id it created, if any. */
  ok(actor: Actor, body: DistributiveOmit<CommandInput, 'id'>): string {
    const decision = this.run(actor, body);
    if (!decision.ok) throw new Error(`${body.type}: ${decision.error.code} ${decision.error.message}`);
    return decision.createdId ?? '';
  }

  error(actor: Actor, body: DistributiveOmit<CommandInput, 'id'>): string {
    const decision = this.run(actor, body);
    if (decision.ok) throw new Error(`${body.type} unexpectedly succeeded`);
    return decision.error.code;
  }
}
