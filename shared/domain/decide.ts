import { COMMAND_RULES } from './entities/index.ts';
import { refusedForAll, type CommandRule, type DecidableCommand, type DecideContext, type Decision } from './rules.ts';
import type { Actor, RetroState } from './state.ts';

export type { DecidableCommand, DecideContext, Decision } from './rules.ts';

/**
 * Decides whether `actor` may run `command` against `state`, and if so which events record it.
 * Pure: the same state, command, actor and context always give the same decision. The rules
 * that hold for every command are in rules.ts; each command's own are in its entity's module.
 */
export function decide(state: RetroState, command: DecidableCommand, actor: Actor, ctx: DecideContext): Decision {
  const refused = refusedForAll(state, command, actor);
  if (refused) return refused;
  const rule = COMMAND_RULES[command.type] as CommandRule<DecidableCommand['type']>;
  return rule(state, command, actor, ctx);
}
