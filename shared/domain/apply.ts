import { EVENT_RULES } from './entities/index.ts';
import type { RetroEvent } from './events.ts';
import type { EventRule } from './rules.ts';
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

/** The event's effect alone (no version bump), by its entity's rule. */
export function applyEvent(state: RetroState, event: RetroEvent): RetroState {
  return (EVENT_RULES[event.type] as EventRule<RetroEvent['type']>).apply(state, event);
}
