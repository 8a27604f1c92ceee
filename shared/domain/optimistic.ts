import { CommandSchema, type CommandInput } from '../protocol/commands.ts';
import type { RetroView } from '../protocol/view.ts';
import { factorCommands, factorEvents } from './entities/factors.ts';
import { timelineCommands, timelineEvents } from './entities/timeline.ts';
import { voteCommands, voteEvents } from './entities/votes.ts';
import type { RetroEvent } from './events.ts';
import { refusedForAll, type CommandRule, type DecidableCommand, type EventRule, type Touched } from './rules.ts';
import type { RetroState } from './state.ts';
import { viewFor } from './view.ts';

/**
 * What my own unacknowledged commands will do to my view, shown before the server confirms
 * them (also offline). Not a restatement of the rules: the view is turned back into a state
 * that holds everything the rules look at for this viewer, the pending commands are decided and
 * applied by the entities' own rules, and the result is projected with viewFor. A command the
 * rules refuse changes nothing here (its refusal arrives with the ack).
 *
 * Only the timeline, factors and votes are laid over the view: those are what people write
 * quickly and expect to see at once. This module imports just those entities, so the client's
 * first bundle does not carry the action-item blame checker.
 */

export type PendingMark = 'adding' | 'saving';

export interface OptimisticView {
  view: RetroView;
  /** Cards and factors a pending command adds or changes, by id. */
  marks: ReadonlyMap<string, PendingMark>;
}

/** Stand-ins for the people the view hides: me, and everyone else as one. */
const ME = 'me';
const OTHERS = 'others';

/** Where a pending add lives until the server gives it its id. */
export const pendingId = (commandId: string) => `pending:${commandId}`;

/** Ids for what one pending command adds: the first is pendingId, an import's later cards count on. */
export function pendingIds(commandId: string): () => string {
  let made = 0;
  return () => (made++ === 0 ? pendingId(commandId) : `${pendingId(commandId)}:${made - 1}`);
}

const RULES = { ...timelineCommands, ...factorCommands, ...voteCommands };
const EVENTS = { ...timelineEvents, ...factorEvents, ...voteEvents };
type OverlaidType = keyof typeof RULES;

export function isOverlaid(type: CommandInput['type']): type is OverlaidType {
  return type in RULES;
}

/** The state as far as this viewer can know it: enough for the rules of the overlaid entities. */
export function stateFromView(view: RetroView, version: number): RetroState {
  const votes: RetroState['votes'] = {};
  for (const factor of view.factors) {
    const mine = view.me.votes[factor.id] ?? 0;
    const others = (factor.votes ?? mine) - mine;
    votes[factor.id] = { ...(mine > 0 && { [ME]: mine }), ...(others > 0 && { [OTHERS]: others }) };
  }
  const author = (item: { mine: boolean }) => (item.mine ? ME : OTHERS);
  return {
    version,
    createdAt: '',
    retro: view.retro,
    timeline: Object.fromEntries(
      view.timeline.map(({ mine, private: hidden, ...card }) => [card.id, { ...card, authorId: author({ mine }), hidden: !!hidden }]),
    ),
    factors: Object.fromEntries(
      view.factors.map(({ mine, private: hidden, votes: _total, ...factor }) => [
        factor.id,
        { ...factor, authorId: author({ mine }), hidden: !!hidden },
      ]),
    ),
    votes,
    actions: Object.fromEntries(view.actions.map((action) => [action.id, { ...action, authorId: OTHERS }])),
    votesRevealed: view.factors.some((factor) => factor.votes !== null),
    timer: view.timer,
  };
}

/** `view` with my pending commands laid over it, oldest first. */
export function optimisticView(view: RetroView, version: number, pending: readonly CommandInput[], now = new Date()): OptimisticView {
  const overlaid = pending.filter((command) => isOverlaid(command.type));
  if (overlaid.length === 0) return { view, marks: new Map() };
  const actor = { participantId: ME, role: view.me.role };
  const before = stateFromView(view, version);
  let state = before;
  const applied: [EventRule<RetroEvent['type']>, RetroEvent][] = [];
  for (const input of overlaid) {
    const parsed = CommandSchema.safeParse(input);
    if (!parsed.success) continue;
    const command = parsed.data as DecidableCommand;
    const rule = RULES[command.type as OverlaidType] as CommandRule<DecidableCommand['type']>;
    const decision = refusedForAll(state, command, actor) ?? rule(state, command, actor, { now, newId: pendingIds(command.id) });
    if (!decision.ok) continue;
    for (const event of decision.events) {
      const eventRule = EVENTS[event.type as keyof typeof EVENTS] as EventRule<RetroEvent['type']>;
      state = { ...eventRule.apply(state, event), version: state.version + 1 };
      applied.push([eventRule, event]);
    }
  }
  const next = viewFor(state, { ...actor, ready: view.me.ready }, view.participants);
  const marks = new Map<string, PendingMark>();
  const touched: Touched = { retro: false, timer: false, timeline: new Set(), factors: new Set(), actions: new Set(), me: new Set(), votesPlaced: null };
  for (const [eventRule, event] of applied) eventRule.touch(touched, event, before, state);
  for (const id of [...touched.timeline, ...touched.factors]) marks.set(id, id.startsWith('pending:') ? 'adding' : 'saving');
  // Others' private cards and dots are not in the view, so the hidden counts are the server's as
  // they were, and the room's dot count moves only by my own pending votes.
  const myDots = (votes: Record<string, number>) => Object.values(votes).reduce((sum, n) => sum + n, 0);
  const votesPlaced = view.votesPlaced + myDots(next.me.votes) - myDots(view.me.votes);
  return { view: { ...next, hidden: view.hidden, votesPlaced }, marks };
}
