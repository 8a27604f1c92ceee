import type { Actor, ContributingFactor, TimelineCard } from './state.ts';

/**
 * The one rule for who may see a card: everyone, unless private writing still hides it,
 * in which case only its author — not even the facilitator. decide, viewFor and the
 * change projection all ask this function, so they cannot disagree.
 */
export function canSee(card: TimelineCard | ContributingFactor, viewer: Pick<Actor, 'participantId'>): boolean {
  return !card.hidden || card.authorId === viewer.participantId;
}
