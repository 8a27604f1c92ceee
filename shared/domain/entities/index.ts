import type { RetroEventType } from '../events.ts';
import type { CommandRules, DecidableType, EventRules } from '../rules.ts';
import { actionCommands, actionEvents } from './actions.ts';
import { factorCommands, factorEvents } from './factors.ts';
import { retroCommands, retroEvents } from './retro.ts';
import { timelineCommands, timelineEvents } from './timeline.ts';
import { voteCommands, voteEvents } from './votes.ts';

/**
 * Every entity's rules in one table per kind. The annotations make a command or event without
 * a handler a compile error here, whichever entity it was added to.
 */
export const COMMAND_RULES: CommandRules<DecidableType> = {
  ...retroCommands,
  ...timelineCommands,
  ...factorCommands,
  ...voteCommands,
  ...actionCommands,
};

export const EVENT_RULES: EventRules<RetroEventType> = {
  ...retroEvents,
  ...timelineEvents,
  ...factorEvents,
  ...voteEvents,
  ...actionEvents,
};
