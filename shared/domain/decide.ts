import { FACILITATOR_COMMANDS } from '../protocol/commands.ts';
import { COMMAND_RULES } from './entities/index.ts';
import { fail, type CommandRule, type DecidableCommand, type DecideContext, type Decision } from './rules.ts';
import type { Actor, RetroState } from './state.ts';

export type { DecidableCommand, DecideContext, Decision } from './rules.ts';

/** Commands that change cards, factors or votes; frozen once the retro is in review. */
const FROZEN_IN_REVIEW = /^(timeline|factor|vote|cards)\./;

/**
 * Decides whether `actor` may run `command` against `state`, and if so which events record it.
 * Pure: the same state, command, actor and context always give the same decision. The rules
 * that hold for every command are here; each command's own rules are in its entity's module.
 */
export function decide(state: RetroState, command: DecidableCommand, actor: Actor, ctx: DecideContext): Decision {
  if (FACILITATOR_COMMANDS.has(command.type) && actor.role !== 'facilitator') {
    return fail('forbidden', `Only the facilitator can ${command.type}.`);
  }
  if (state.retro.phase === 'review' && FROZEN_IN_REVIEW.test(command.type)) {
    return fail('conflict', 'The retro is in review: cards, factors and votes are frozen.');
  }
  const rule = COMMAND_RULES[command.type] as CommandRule<DecidableCommand['type']>;
  return rule(state, command, actor, ctx);
}
