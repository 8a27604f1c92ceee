import type { CommandOf } from '../../protocol/commands.ts';
import { definedOnly, mapValues, unique, without } from '../records.ts';
import { fail, ok, touchMe, type CommandRules, type Decision, type EventRules } from '../rules.ts';
import { voteTotal, type Actor, type ContributingFactor, type RetroState } from '../state.ts';
import { canSee } from '../visibility.ts';

/**
 * Contributing factors: what made the incident possible or worse, linked to timeline cards,
 * voted on, and merged when two say the same thing (votes and links follow the merge).
 */

export type FactorEvent =
  | { type: 'factor.added'; factor: ContributingFactor }
  | {
      type: 'factor.edited';
      factorId: string;
      changes: Partial<Pick<ContributingFactor, 'text' | 'category' | 'prompt' | 'timelineCardIds'>>;
    }
  | { type: 'factor.removed'; factorId: string }
  | { type: 'factor.merged'; sourceId: string; targetId: string };

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

function changeFactor(state: RetroState, command: CommandOf<'factor.edit' | 'factor.remove'>, actor: Actor): Decision {
  const factor = state.factors[command.factorId];
  if (!factor || !canSee(factor, actor)) return fail('not_found', 'No such contributing factor.');
  if (factor.authorId !== actor.participantId && actor.role !== 'facilitator') {
    return fail('forbidden', 'Only its author or the facilitator can change this factor.');
  }
  if (command.type === 'factor.remove') {
    // Taking a voted factor away while totals are secret would move the room's public count of
    // dots placed by exactly its total: refused until voting has been left (merging keeps the
    // count, so duplicates can still be folded together).
    if (!state.votesRevealed && voteTotal(state, factor.id) > 0) {
      return fail('conflict', 'This factor has votes and totals are still secret: merge it into another factor, or remove it once voting is closed.');
    }
    return ok([{ type: 'factor.removed', factorId: factor.id }]);
  }
  const { id: _id, type: _type, factorId: _factorId, ...changes } = command;
  if (changes.timelineCardIds) {
    const missing = unseenTimelineCards(state, changes.timelineCardIds, actor);
    if (missing) return missing;
    changes.timelineCardIds = unique(changes.timelineCardIds);
  }
  return ok([{ type: 'factor.edited', factorId: factor.id, changes: definedOnly(changes) }]);
}

export const factorCommands: CommandRules<'factor.add' | 'factor.edit' | 'factor.remove' | 'factor.merge'> = {
  'factor.add': (state, command, actor, ctx) => {
    const missing = unseenTimelineCards(state, command.timelineCardIds ?? [], actor);
    if (missing) return missing;
    const id = ctx.newId();
    const factor: ContributingFactor = {
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
  },
  'factor.edit': changeFactor,
  'factor.remove': changeFactor,
  'factor.merge': (state, command, actor) => {
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
  },
};

/** Points action items that linked `factorId` at `replacement` instead (or drops the link). */
function relinkActions(state: RetroState, factorId: string, replacement: string | null) {
  return mapValues(state.actions, (action) => {
    if (!action.factorIds.includes(factorId)) return action;
    const ids = action.factorIds.filter((id) => id !== factorId);
    if (replacement && !ids.includes(replacement)) ids.push(replacement);
    return { ...action, factorIds: ids };
  });
}

function actionsLinking(state: RetroState, factorId: string): string[] {
  return Object.values(state.actions)
    .filter((action) => action.factorIds.includes(factorId))
    .map((action) => action.id);
}

function merged(state: RetroState, sourceId: string, targetId: string): RetroState {
  const source = state.factors[sourceId];
  const target = state.factors[targetId];
  const mergedVotes = { ...state.votes[targetId] };
  for (const [voter, n] of Object.entries(state.votes[sourceId] ?? {})) {
    mergedVotes[voter] = (mergedVotes[voter] ?? 0) + n;
  }
  const links = [...target.timelineCardIds];
  for (const id of source.timelineCardIds) if (!links.includes(id)) links.push(id);
  return {
    ...state,
    factors: { ...without(state.factors, source.id), [target.id]: { ...target, timelineCardIds: links } },
    votes: { ...without(state.votes, source.id), [target.id]: mergedVotes },
    actions: relinkActions(state, source.id, target.id),
  };
}

export const factorEvents: EventRules<FactorEvent['type']> = {
  'factor.added': {
    apply: (state, event) => ({ ...state, factors: { ...state.factors, [event.factor.id]: event.factor } }),
    touch: (touched, event) => {
      touched.factors.add(event.factor.id);
    },
  },
  'factor.edited': {
    apply: (state, event) => {
      const factor = state.factors[event.factorId];
      return { ...state, factors: { ...state.factors, [factor.id]: { ...factor, ...event.changes } } };
    },
    touch: (touched, event) => {
      touched.factors.add(event.factorId);
    },
  },
  'factor.removed': {
    // Its dots go back to their voters (a merge moves them instead, so keeps the count).
    movesDots: true,
    apply: (state, event) => ({
      ...state,
      factors: without(state.factors, event.factorId),
      votes: without(state.votes, event.factorId),
      actions: relinkActions(state, event.factorId, null),
    }),
    touch: (touched, event, before) => {
      touched.factors.add(event.factorId);
      for (const id of actionsLinking(before, event.factorId)) touched.actions.add(id);
      touchMe(touched, Object.keys(before.votes[event.factorId] ?? {}));
    },
  },
  'factor.merged': {
    apply: (state, event) => merged(state, event.sourceId, event.targetId),
    touch: (touched, event, before) => {
      touched.factors.add(event.sourceId).add(event.targetId);
      for (const id of actionsLinking(before, event.sourceId)) touched.actions.add(id);
      touchMe(touched, Object.keys(before.votes[event.sourceId] ?? {}));
    },
  },
};
