import type { ViewChange } from '../protocol/messages.ts';
import { EVENT_RULES } from './entities/index.ts';
import type { RetroEvent } from './events.ts';
import type { EventRule, Touched } from './rules.ts';
import { votesPlaced, type Actor, type ParticipantId, type RetroState } from './state.ts';
import { canSee } from './visibility.ts';
import { projectAction, projectFactor, projectMe, projectTimelineCard } from './view.ts';

/**
 * Incremental projection: which parts of the view one command touched, and what those parts
 * now look like to one viewer. Folding a viewer's changes into their previous view with
 * `applyChanges` gives exactly `viewFor` of the new state (a property the tests check).
 */

export type { Touched } from './rules.ts';

/** Which parts of the view `events` changed, each event by its entity's rule. */
export function touchedBy(before: RetroState, after: RetroState, events: readonly RetroEvent[]): Touched {
  const touched: Touched = {
    retro: false,
    timer: false,
    timeline: new Set(),
    factors: new Set(),
    actions: new Set(),
    me: new Set(),
    votesPlaced: null,
  };
  for (const event of events) {
    (EVENT_RULES[event.type] as EventRule<RetroEvent['type']>).touch(touched, event, before, after);
  }
  // Counted once per command here, not per viewer (the count is the same for everyone), and
  // only when an event can add or take away dots.
  if (events.some((event) => EVENT_RULES[event.type].movesDots)) {
    const placed = votesPlaced(after);
    if (placed !== votesPlaced(before)) touched.votesPlaced = placed;
  }
  return touched;
}

/**
 * Participants whose changes differ from those of an uninvolved viewer: authors of touched
 * cards (they see `mine` and their private cards), authors of hidden cards that touched
 * factors link to, and those whose own votes changed. Everyone else shares one payload.
 */
export function involvedIn(before: RetroState, after: RetroState, touched: Touched): Set<ParticipantId> | 'everyone' {
  if (touched.me === 'everyone') return 'everyone';
  const involved = new Set<ParticipantId>(touched.me);
  for (const state of [before, after]) {
    for (const id of touched.timeline) {
      const card = state.timeline[id];
      if (card) involved.add(card.authorId);
    }
    for (const id of touched.factors) {
      const factor = state.factors[id];
      if (!factor) continue;
      involved.add(factor.authorId);
      for (const cardId of factor.timelineCardIds) {
        const card = state.timeline[cardId];
        if (card?.hidden) involved.add(card.authorId);
      }
    }
  }
  return involved;
}

/** A viewer who wrote nothing and cast no vote: what every uninvolved participant sees. */
export const UNINVOLVED: Actor = { participantId: '', role: 'participant' };

export function changesFor(before: RetroState, after: RetroState, touched: Touched, viewer: Actor): ViewChange[] {
  const changes: ViewChange[] = [];
  if (touched.retro) changes.push({ op: 'retro', retro: after.retro });
  let hiddenTimeline = 0;
  let hiddenFactors = 0;

  for (const id of touched.timeline) {
    const old = before.timeline[id];
    const card = after.timeline[id];
    const view = card ? projectTimelineCard(card, viewer) : null;
    if (view) changes.push({ op: 'timeline.put', card: view });
    else if (old && canSee(old, viewer)) changes.push({ op: 'timeline.drop', id });
    hiddenTimeline += hiddenDelta(old && !canSee(old, viewer), card && !canSee(card, viewer));
  }
  for (const id of touched.factors) {
    const old = before.factors[id];
    const factor = after.factors[id];
    const view = factor ? projectFactor(after, factor, viewer) : null;
    if (view) changes.push({ op: 'factor.put', factor: view });
    else if (old && canSee(old, viewer)) changes.push({ op: 'factor.drop', id });
    hiddenFactors += hiddenDelta(old && !canSee(old, viewer), factor && !canSee(factor, viewer));
  }
  for (const id of touched.actions) {
    const action = after.actions[id];
    changes.push(action ? { op: 'action.put', action: projectAction(action) } : { op: 'action.drop', id });
  }
  if (hiddenTimeline || hiddenFactors) {
    changes.push({ op: 'hidden.adjust', timeline: hiddenTimeline, factors: hiddenFactors });
  }
  if (touched.me === 'everyone' || touched.me.has(viewer.participantId)) {
    changes.push({ op: 'me', me: projectMe(after, viewer) });
  }
  if (touched.votesPlaced !== null) changes.push({ op: 'votes.placed', placed: touched.votesPlaced });
  if (touched.timer) changes.push({ op: 'timer', timer: after.timer });
  return changes;
}

function hiddenDelta(wasHidden: boolean | undefined, isHidden: boolean | undefined): number {
  return (isHidden ? 1 : 0) - (wasHidden ? 1 : 0);
}
