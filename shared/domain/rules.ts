import { FACILITATOR_COMMANDS, type Command, type CommandOf } from '../protocol/commands.ts';
import { commandError, type CommandError } from '../protocol/errors.ts';
import type { RetroEvent, RetroEventType } from './events.ts';
import type { Actor, ParticipantId, RetroState } from './state.ts';

/**
 * The shape of an entity's rules (see entities/): for each command it owns, how it is decided;
 * for each event it owns, how it is applied and which parts of the view it touches. decide,
 * apply and touchedBy only dispatch to these, so a feature lives in its entity's file, and a
 * new command or event that has no handler is a compile error in the dispatcher's table.
 */

/** What decide needs from the outside world, injected so decide stays pure and testable. */
export interface DecideContext {
  now: Date;
  newId: () => string;
}

export type Decision =
  /** `createdId` names what a command made; `createdIds` what an import made, in its order. */
  | { ok: true; events: RetroEvent[]; createdId?: string; createdIds?: string[] }
  | { ok: false; error: CommandError };

/** Commands that decide handles; readiness is presence, kept by the room, not an event. */
export type DecidableCommand = Exclude<Command, { type: 'participant.ready' }>;
export type DecidableType = DecidableCommand['type'];

export type CommandRule<T extends DecidableType> = (
  state: RetroState,
  command: CommandOf<T>,
  actor: Actor,
  ctx: DecideContext,
) => Decision;

/** Decision rules for the commands `T`, one per command type. */
export type CommandRules<T extends DecidableType> = { [K in T]: CommandRule<K> };

export interface Touched {
  retro: boolean;
  timer: boolean;
  timeline: Set<string>;
  factors: Set<string>;
  actions: Set<string>;
  /** Participants whose own votes or budget changed; 'everyone' when all of them did. */
  me: Set<ParticipantId> | 'everyone';
  /** The room-wide count of dots placed, when it changed (the same for every viewer); else null. */
  votesPlaced: number | null;
}

type EventOf<T extends RetroEventType> = Extract<RetroEvent, { type: T }>;

export interface EventRule<T extends RetroEventType> {
  /** The next state; the input is never changed (apply raises the version). */
  apply(state: RetroState, event: EventOf<T>): RetroState;
  /** Marks what this event changed in anyone's view; `before`/`after` bracket the whole command. */
  touch(touched: Touched, event: EventOf<T>, before: RetroState, after: RetroState): void;
  /** Set on events that add or take away dots, so the room's count of dots placed is redone. */
  movesDots?: true;
}

/** Application and touched-set rules for the events `T`, one per event type. */
export type EventRules<T extends RetroEventType> = { [K in T]: EventRule<K> };

export const fail = (code: CommandError['code'], message: string, extra?: Partial<CommandError>): Decision => ({
  ok: false,
  error: commandError(code, message, extra),
});

export const ok = (events: RetroEvent[], createdId?: string): Decision => ({ ok: true, events, createdId });

export function touchMe(touched: Touched, ids: Iterable<ParticipantId>): void {
  if (touched.me !== 'everyone') for (const id of ids) touched.me.add(id);
}

/** Commands that change cards, factors or votes; frozen once the retro is in review. */
const FROZEN_IN_REVIEW = /^(timeline|factor|vote|cards)\./;

/** The rules that hold for every command, before its entity's own: who, and whether frozen. */
export function refusedForAll(state: RetroState, command: DecidableCommand, actor: Actor): Decision | null {
  if (FACILITATOR_COMMANDS.has(command.type) && actor.role !== 'facilitator') {
    return fail('forbidden', `Only the facilitator can ${command.type}.`);
  }
  if (state.retro.phase === 'review' && FROZEN_IN_REVIEW.test(command.type)) {
    return fail('conflict', 'The retro is in review: cards, factors and votes are frozen.');
  }
  return null;
}
