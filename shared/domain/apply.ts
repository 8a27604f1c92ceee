import type { RetroEvent } from './events.ts';
import type { RetroState } from './state.ts';

/**
 * Folds one event into the state and returns the next state; the input is never changed.
 * Every event raises `version` by exactly one, so a retro's version is its event count.
 */
export function apply(state: RetroState, event: RetroEvent): RetroState {
  const next = applyEvent(state, event);
  return { ...next, version: state.version + 1 };
}

export function applyAll(state: RetroState, events: readonly RetroEvent[]): RetroState {
  return events.reduce(apply, state);
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function applyEvent(state: RetroState, event: RetroEvent): RetroState {
  switch (event.type) {
    case 'retro.updated':
      return {
        ...state,
        retro: {
          ...state.retro,
          ...event.changes,
          settings: { ...state.retro.settings, ...event.settings },
        },
      };
    case 'phase.set':
      return {
        ...state,
        retro: { ...state.retro, phase: event.phase },
        // Leaving voting closes it: totals become visible for good, even if it reopens.
        votesRevealed: state.votesRevealed || (state.retro.phase === 'voting' && event.phase !== 'voting'),
      };
    case 'timer.started':
      return { ...state, timer: { endsAt: event.endsAt } };
    case 'timer.stopped':
      return { ...state, timer: null };
    case 'cards.revealed':
      return {
        ...state,
        timeline: mapValues(state.timeline, (card) => (card.hidden ? { ...card, hidden: false } : card)),
        factors: mapValues(state.factors, (factor) => (factor.hidden ? { ...factor, hidden: false } : factor)),
      };
    case 'timeline.added':
      return { ...state, timeline: { ...state.timeline, [event.card.id]: event.card } };
    case 'timeline.imported': {
      const timeline = { ...state.timeline };
      for (const card of event.cards) timeline[card.id] = card;
      return { ...state, timeline };
    }
    case 'timeline.edited': {
      const card = state.timeline[event.cardId];
      return { ...state, timeline: { ...state.timeline, [card.id]: { ...card, ...event.changes } } };
    }
    case 'timeline.removed':
      return {
        ...state,
        timeline: without(state.timeline, event.cardId),
        // A removed card is unlinked from every factor that pointed at it.
        factors: mapValues(state.factors, (factor) =>
          factor.timelineCardIds.includes(event.cardId)
            ? { ...factor, timelineCardIds: factor.timelineCardIds.filter((id) => id !== event.cardId) }
            : factor,
        ),
      };
    case 'factor.added':
      return { ...state, factors: { ...state.factors, [event.factor.id]: event.factor } };
    case 'factor.edited': {
      const factor = state.factors[event.factorId];
      return { ...state, factors: { ...state.factors, [factor.id]: { ...factor, ...event.changes } } };
    }
    case 'factor.removed':
      return {
        ...state,
        factors: without(state.factors, event.factorId),
        votes: without(state.votes, event.factorId),
        actions: unlinkFactor(state, event.factorId, null),
      };
    case 'factor.merged': {
      const source = state.factors[event.sourceId];
      const target = state.factors[event.targetId];
      const mergedVotes = { ...state.votes[event.targetId] };
      for (const [voter, n] of Object.entries(state.votes[event.sourceId] ?? {})) {
        mergedVotes[voter] = (mergedVotes[voter] ?? 0) + n;
      }
      const links = [...target.timelineCardIds];
      for (const id of source.timelineCardIds) if (!links.includes(id)) links.push(id);
      return {
        ...state,
        factors: { ...without(state.factors, source.id), [target.id]: { ...target, timelineCardIds: links } },
        votes: { ...without(state.votes, source.id), [target.id]: mergedVotes },
        actions: unlinkFactor(state, source.id, target.id),
      };
    }
    case 'vote.cast': {
      const byVoter = state.votes[event.factorId] ?? {};
      return {
        ...state,
        votes: { ...state.votes, [event.factorId]: { ...byVoter, [event.voterId]: (byVoter[event.voterId] ?? 0) + 1 } },
      };
    }
    case 'vote.retracted': {
      const byVoter = state.votes[event.factorId] ?? {};
      const left = (byVoter[event.voterId] ?? 0) - 1;
      const nextByVoter = left > 0 ? { ...byVoter, [event.voterId]: left } : without(byVoter, event.voterId);
      return { ...state, votes: { ...state.votes, [event.factorId]: nextByVoter } };
    }
    case 'action.added':
      return { ...state, actions: { ...state.actions, [event.action.id]: event.action } };
    case 'action.edited': {
      const action = state.actions[event.actionId];
      return { ...state, actions: { ...state.actions, [action.id]: { ...action, ...event.changes } } };
    }
    case 'action.removed':
      return { ...state, actions: without(state.actions, event.actionId) };
    case 'action.status': {
      const action = state.actions[event.actionId];
      return {
        ...state,
        actions: { ...state.actions, [action.id]: { ...action, status: event.status, reason: event.reason } },
      };
    }
  }
}

function mapValues<T>(record: Record<string, T>, fn: (value: T) => T): Record<string, T> {
  let changed = false;
  const next: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    next[key] = fn(value);
    if (next[key] !== value) changed = true;
  }
  return changed ? next : record;
}

/** Points action items that linked `factorId` at `replacement` instead (or drops the link). */
function unlinkFactor(state: RetroState, factorId: string, replacement: string | null) {
  return mapValues(state.actions, (action) => {
    if (!action.factorIds.includes(factorId)) return action;
    const ids = action.factorIds.filter((id) => id !== factorId);
    if (replacement && !ids.includes(replacement)) ids.push(replacement);
    return { ...action, factorIds: ids };
  });
}
