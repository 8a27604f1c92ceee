import type { CommandOf, Command } from '../protocol/commands.ts';
import { FACILITATOR_COMMANDS } from '../protocol/commands.ts';
import { commandError, type CommandError } from '../protocol/errors.ts';
import { checkActionItem } from '../blame/action.ts';
import type { RetroEvent } from './events.ts';
import { canSee } from './visibility.ts';
import { votesUsedBy, type Actor, type RetroState } from './state.ts';
import { DEFAULT_DUE_DAYS } from './values.ts';
import { decideImport } from './importCards.ts';

/** What decide needs from the outside world, injected so decide stays pure and testable. */
export interface DecideContext {
  now: Date;
  newId: () => string;
}

export type Decision =
  | { ok: true; events: RetroEvent[]; createdId?: string; createdIds?: string[] }
  | { ok: false; error: CommandError };

/** Commands that decide handles; readiness is presence, kept by the room, not an event. */
export type DecidableCommand = Exclude<Command, { type: 'participant.ready' }>;

const fail = (code: CommandError['code'], message: string, extra?: Partial<CommandError>): Decision => ({
  ok: false,
  error: commandError(code, message, extra),
});
const ok = (events: RetroEvent[], createdId?: string): Decision => ({ ok: true, events, createdId });

/** Commands that change cards, factors or votes; frozen once the retro is in review. */
const FROZEN_IN_REVIEW = /^(timeline|factor|vote|cards)\./;

/**
 * Decides whether `actor` may run `command` against `state`, and if so which events record it.
 * Pure: the same state, command, actor and context always give the same decision.
 */
export function decide(state: RetroState, command: DecidableCommand, actor: Actor, ctx: DecideContext): Decision {
  if (FACILITATOR_COMMANDS.has(command.type) && actor.role !== 'facilitator') {
    return fail('forbidden', `Only the facilitator can ${command.type}.`);
  }
  const phase = state.retro.phase;
  if (phase === 'review' && FROZEN_IN_REVIEW.test(command.type)) {
    return fail('conflict', 'The retro is in review: cards, factors and votes are frozen.');
  }
  if (command.type.startsWith('vote.') && phase !== 'voting') {
    return fail('conflict', 'Votes can only be cast or retracted in the voting phase.');
  }
  return decideCommand(state, command, actor, ctx);
}

function decideCommand(state: RetroState, command: DecidableCommand, actor: Actor, ctx: DecideContext): Decision {
  switch (command.type) {
    case 'retro.update': {
      const { id: _id, type: _type, settings, ...changes } = command;
      return ok([{ type: 'retro.updated', changes: defined(changes), ...(settings ? { settings: defined(settings) } : {}) }]);
    }
    case 'phase.set':
      return ok([{ type: 'phase.set', phase: command.phase }]);
    case 'timer.start':
      return ok([{ type: 'timer.started', endsAt: new Date(ctx.now.getTime() + command.seconds * 1000).toISOString() }]);
    case 'timer.stop':
      return ok([{ type: 'timer.stopped' }]);
    case 'cards.reveal':
      return ok([{ type: 'cards.revealed' }]);
    case 'timeline.add': {
      const id = ctx.newId();
      const card = {
        id,
        text: command.text,
        at: command.at ?? null,
        marker: command.marker ?? null,
        evidenceUrl: command.evidenceUrl ?? null,
        authorId: actor.participantId,
        hidden: state.retro.settings.privateWriting,
        seq: state.version + 1,
      };
      return ok([{ type: 'timeline.added', card }], id);
    }
    case 'timeline.import':
      return decideImport(state, command, actor, ctx);
    case 'timeline.edit':
    case 'timeline.remove': {
      const card = state.timeline[command.cardId];
      if (!card || !canSee(card, actor)) return fail('not_found', 'No such timeline card.');
      if (card.authorId !== actor.participantId && actor.role !== 'facilitator') {
        return fail('forbidden', 'Only its author or the facilitator can change this card.');
      }
      if (command.type === 'timeline.remove') return ok([{ type: 'timeline.removed', cardId: card.id }]);
      const { id: _id, type: _type, cardId: _cardId, ...changes } = command;
      return ok([{ type: 'timeline.edited', cardId: card.id, changes: defined(changes) }]);
    }
    case 'factor.add': {
      const missing = unseenTimelineCards(state, command.timelineCardIds ?? [], actor);
      if (missing) return missing;
      const id = ctx.newId();
      const factor = {
        id,
        text: command.text,
        category: command.category,
        prompt: command.prompt ?? null,
        timelineCardIds: unique(command.timelineCardIds ?? []),
        authorId: actor.participantId,
        hidden: state.retro.settings.privateWriting,
        seq: state.version + 1,
      };
      return ok([{ type: 'factor.added', factor }], id);
    }
    case 'factor.edit':
    case 'factor.remove': {
      const factor = state.factors[command.factorId];
      if (!factor || !canSee(factor, actor)) return fail('not_found', 'No such contributing factor.');
      if (factor.authorId !== actor.participantId && actor.role !== 'facilitator') {
        return fail('forbidden', 'Only its author or the facilitator can change this factor.');
      }
      if (command.type === 'factor.remove') return ok([{ type: 'factor.removed', factorId: factor.id }]);
      const { id: _id, type: _type, factorId: _factorId, ...changes } = command;
      if (changes.timelineCardIds) {
        const missing = unseenTimelineCards(state, changes.timelineCardIds, actor);
        if (missing) return missing;
        changes.timelineCardIds = unique(changes.timelineCardIds);
      }
      return ok([{ type: 'factor.edited', factorId: factor.id, changes: defined(changes) }]);
    }
    case 'factor.merge': {
      if (command.sourceId === command.targetId) {
        return fail('invalid', 'A factor cannot be merged into itself.', {
          issues: [{ path: ['targetId'], message: 'must differ from sourceId' }],
        });
      }
      const source = state.factors[command.sourceId];
      const target = state.factors[command.targetId];
      if (!source || !canSee(source, actor)) return fail('not_found', 'No such source factor.');
      if (!target || !canSee(target, actor)) return fail('not_found', 'No such target factor.');
      if (source.hidden || target.hidden) {
        // Merging a private factor would move votes and links onto a card others cannot see.
        return fail('conflict', 'Reveal the cards before merging a private factor.');
      }
      return ok([{ type: 'factor.merged', sourceId: source.id, targetId: target.id }]);
    }
    case 'vote.cast':
    case 'vote.retract':
      return decideVote(state, command, actor);
    case 'action.add': {
      const missing = unknownFactors(state, command.factorIds ?? [], actor);
      if (missing) return missing;
      const blamed = blameError(command);
      if (blamed) return blamed;
      const id = ctx.newId();
      const action = {
        id,
        title: command.title,
        kind: command.kind,
        owner: command.owner,
        priority: command.priority,
        dueDate: command.dueDate === undefined ? defaultDueDate(command.priority, ctx.now) : command.dueDate,
        doneCriterion: command.doneCriterion ?? '',
        factorIds: unique(command.factorIds ?? []),
        trackerUrl: command.trackerUrl ?? null,
        status: 'open' as const,
        reason: null,
        authorId: actor.participantId,
      };
      return ok([{ type: 'action.added', action }], id);
    }
    case 'action.edit': {
      if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
      const { id: _id, type: _type, actionId, ...changes } = command;
      if (changes.factorIds) {
        const missing = unknownFactors(state, changes.factorIds, actor);
        if (missing) return missing;
        changes.factorIds = unique(changes.factorIds);
      }
      const blamed = blameError(changes);
      if (blamed) return blamed;
      return ok([{ type: 'action.edited', actionId, changes: defined(changes) }]);
    }
    case 'action.remove':
      if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
      return ok([{ type: 'action.removed', actionId: command.actionId }]);
    case 'action.status': {
      if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
      const reason = command.reason?.trim() || null;
      if (command.status === 'not-doing' && !reason) {
        return fail('invalid', 'Say why this will not be done: the reason saves the same debate next time.', {
          issues: [{ path: ['reason'], message: 'is required when status is not-doing' }],
        });
      }
      return ok([
        {
          type: 'action.status',
          actionId: command.actionId,
          status: command.status,
          reason: command.status === 'not-doing' ? reason : null,
        },
      ]);
    }
  }
}

function decideVote(state: RetroState, command: CommandOf<'vote.cast' | 'vote.retract'>, actor: Actor): Decision {
  const factor = state.factors[command.factorId];
  if (!factor || !canSee(factor, actor)) return fail('not_found', 'No such contributing factor.');
  const mine = state.votes[factor.id]?.[actor.participantId] ?? 0;
  if (command.type === 'vote.retract') {
    if (mine === 0) return fail('conflict', 'You have no vote on this factor to take back.');
    return ok([{ type: 'vote.retracted', factorId: factor.id, voterId: actor.participantId }]);
  }
  if (factor.hidden) {
    // Votes on a card only its author can see would be invisible in every total.
    return fail('conflict', 'This factor is still private; it can get votes once the facilitator reveals it.');
  }
  const { voteBudget, maxVotesPerFactor } = state.retro.settings;
  if (votesUsedBy(state, actor.participantId) >= voteBudget) {
    return fail('limit', `You have used all ${voteBudget} of your votes.`);
  }
  if (mine >= maxVotesPerFactor) {
    return fail('limit', `At most ${maxVotesPerFactor} votes can go on one factor.`);
  }
  return ok([{ type: 'vote.cast', factorId: factor.id, voterId: actor.participantId }]);
}

/**
 * Factors may link only timeline cards everyone can see: a link to a still-private card would,
 * at the reveal, tell everyone that the card and the factor have the same author.
 */
function unseenTimelineCards(state: RetroState, ids: readonly string[], actor: Actor): Decision | null {
  const missing = ids.find((id) => !state.timeline[id] || !canSee(state.timeline[id], actor));
  if (missing) return fail('not_found', `No such timeline card: ${missing}.`);
  const hidden = ids.find((id) => state.timeline[id].hidden);
  return hidden ? fail('conflict', 'That timeline card is still private; link it once the facilitator has revealed it.') : null;
}

/**
 * Action items are public, so they may only link factors everyone can see: a link to a
 * still-private factor would tell everyone, after the reveal, who wrote both.
 */
function unknownFactors(state: RetroState, ids: readonly string[], actor: Actor): Decision | null {
  const missing = ids.find((id) => !state.factors[id] || !canSee(state.factors[id], actor));
  if (missing) return fail('not_found', `No such contributing factor: ${missing}.`);
  const hidden = ids.find((id) => state.factors[id].hidden);
  return hidden ? fail('conflict', 'That factor is still private; link it once the facilitator has revealed it.') : null;
}

/** Action items are work for teams and roles: a named person or a person-level fix is refused. */
function blameError(fields: { title?: string; owner?: string; doneCriterion?: string }): Decision | null {
  const findings = checkActionItem(fields).filter((finding) => finding.severity === 'error');
  if (findings.length === 0) return null;
  return fail('blame', findings[0].message, { findings });
}

/** Only the fields a command actually sets: an absent field (or undefined) leaves the value alone. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function defaultDueDate(priority: keyof typeof DEFAULT_DUE_DAYS, now: Date): string {
  return new Date(now.getTime() + DEFAULT_DUE_DAYS[priority] * 86_400_000).toISOString().slice(0, 10);
}
