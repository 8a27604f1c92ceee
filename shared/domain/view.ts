import type { ActionItemView, FactorView, MeView, PresenceView, RetroView, TimelineCardView } from '../protocol/view.ts';
import { canSee } from './visibility.ts';
import { votesOf, votesPlaced, votesUsedBy, voteTotal, type Actor, type ActionItem, type ContributingFactor, type RetroState, type TimelineCard } from './state.ts';

/**
 * Projections from the server's state to what one viewer may see. Each entity has its own
 * projector so the full view (viewFor) and the incremental changes (changesFor) are built from
 * the same functions and cannot drift apart.
 */

export interface Viewer extends Actor {
  ready: boolean;
}

/** A card as `viewer` sees it, or null when private writing still hides it from them. */
export function projectTimelineCard(card: TimelineCard, viewer: Pick<Actor, 'participantId'>): TimelineCardView | null {
  if (!canSee(card, viewer)) return null;
  const mine = card.authorId === viewer.participantId;
  const view: TimelineCardView = {
    id: card.id,
    text: card.text,
    at: card.at,
    marker: card.marker,
    evidenceUrl: card.evidenceUrl,
    mine,
    seq: card.seq,
  };
  if (mine && card.hidden) view.private = true;
  return view;
}

export function projectFactor(
  state: RetroState,
  factor: ContributingFactor,
  viewer: Pick<Actor, 'participantId'>,
): FactorView | null {
  if (!canSee(factor, viewer)) return null;
  const mine = factor.authorId === viewer.participantId;
  const view: FactorView = {
    id: factor.id,
    text: factor.text,
    category: factor.category,
    prompt: factor.prompt,
    // Links to cards this viewer cannot see yet would reveal that those cards exist.
    timelineCardIds: factor.timelineCardIds.filter((id) => state.timeline[id] && canSee(state.timeline[id], viewer)),
    votes: state.votesRevealed ? voteTotal(state, factor.id) : null,
    mine,
    seq: factor.seq,
  };
  if (mine && factor.hidden) view.private = true;
  return view;
}

export function projectAction(action: ActionItem): ActionItemView {
  const { authorId: _authorId, ...view } = action;
  return view;
}

export function projectMe(state: RetroState, viewer: Actor): Omit<MeView, 'ready'> {
  return {
    role: viewer.role,
    votes: votesOf(state, viewer.participantId),
    votesLeft: Math.max(0, state.retro.settings.voteBudget - votesUsedBy(state, viewer.participantId)),
  };
}

/** Counts of cards hidden from this viewer (everyone's hidden cards but their own). */
export function hiddenCounts(state: RetroState, viewer: Pick<Actor, 'participantId'>) {
  let timeline = 0;
  let factors = 0;
  for (const card of Object.values(state.timeline)) if (!canSee(card, viewer)) timeline++;
  for (const factor of Object.values(state.factors)) if (!canSee(factor, viewer)) factors++;
  return { timeline, factors };
}

/**
 * Timeline cards in time order, untimed cards last, ties in creation order. A total order
 * that depends only on the cards, so every client sorts the same cards the same way.
 */
export function sortTimeline<T extends { at: string | null; seq: number }>(cards: T[]): T[] {
  return cards.slice().sort((a, b) => {
    if (a.at !== b.at) {
      if (a.at === null) return 1;
      if (b.at === null) return -1;
      return a.at < b.at ? -1 : 1;
    }
    return a.seq - b.seq;
  });
}

/** Factors in creation order. */
export function sortFactors<T extends { seq: number }>(factors: T[]): T[] {
  return factors.slice().sort((a, b) => a.seq - b.seq);
}

/** Everything `viewer` may see of the retro: what `snapshot` and `sync` carry. */
export function viewFor(state: RetroState, viewer: Viewer, presence: PresenceView): RetroView {
  const timeline: TimelineCardView[] = [];
  for (const card of Object.values(state.timeline)) {
    const view = projectTimelineCard(card, viewer);
    if (view) timeline.push(view);
  }
  const factors: FactorView[] = [];
  for (const factor of Object.values(state.factors)) {
    const view = projectFactor(state, factor, viewer);
    if (view) factors.push(view);
  }
  return {
    retro: state.retro,
    timeline: sortTimeline(timeline),
    factors: sortFactors(factors),
    actions: Object.values(state.actions).map(projectAction),
    hidden: hiddenCounts(state, viewer),
    me: { ...projectMe(state, viewer), ready: viewer.ready },
    participants: presence,
    votesPlaced: votesPlaced(state),
    timer: state.timer,
  };
}
