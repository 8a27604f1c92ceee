import type { CommandOf } from '../../protocol/commands.ts';
import { definedOnly, mapValues, without } from '../records.ts';
import { fail, ok, type CommandRules, type Decision, type EventRules } from '../rules.ts';
import type { Actor, RetroState, TimelineCard } from '../state.ts';
import { canSee } from '../visibility.ts';

/** Timeline cards: what happened when, written by anyone, changed by their author or the facilitator. */

export type TimelineEvent =
  | { type: 'timeline.added'; card: TimelineCard }
  /** Several cards in one version (`timeline.import`), in the order they were sent. */
  | { type: 'timeline.imported'; cards: TimelineCard[] }
  | { type: 'timeline.edited'; cardId: string; changes: Partial<Pick<TimelineCard, 'text' | 'at' | 'marker' | 'evidenceUrl'>> }
  | { type: 'timeline.removed'; cardId: string };

function changeCard(state: RetroState, command: CommandOf<'timeline.edit' | 'timeline.remove'>, actor: Actor): Decision {
  const card = state.timeline[command.cardId];
  if (!card || !canSee(card, actor)) return fail('not_found', 'No such timeline card.');
  if (card.authorId !== actor.participantId && actor.role !== 'facilitator') {
    return fail('forbidden', 'Only its author or the facilitator can change this card.');
  }
  if (command.type === 'timeline.remove') return ok([{ type: 'timeline.removed', cardId: card.id }]);
  const { id: _id, type: _type, cardId: _cardId, ...changes } = command;
  return ok([{ type: 'timeline.edited', cardId: card.id, changes: definedOnly(changes) }]);
}

/**
 * The creation order of the next card: the version that creates it, unless an import already
 * used that number (an import's cards take one seq each within one version). Whole numbers only:
 * a fraction would tell everyone which cards came in one import, and so from one person.
 */
function nextSeq(state: RetroState): number {
  let last = 0;
  for (const card of Object.values(state.timeline)) if (card.seq > last) last = card.seq;
  return Math.max(state.version + 1, Math.floor(last) + 1);
}

type NewCard = Pick<TimelineCard, 'text'> & Partial<Pick<TimelineCard, 'at' | 'marker' | 'evidenceUrl'>>;

/** A new card as its author wrote it: hidden from everyone else while private writing is on. */
function newCard(state: RetroState, input: NewCard, actor: Actor, id: string, seq: number): TimelineCard {
  return {
    id,
    text: input.text,
    at: input.at ?? null,
    marker: input.marker ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    authorId: actor.participantId,
    hidden: state.retro.settings.privateWriting,
    seq,
  };
}

export const timelineCommands: CommandRules<'timeline.add' | 'timeline.import' | 'timeline.edit' | 'timeline.remove'> = {
  'timeline.add': (state, command, actor, ctx) => {
    const card = newCard(state, command, actor, ctx.newId(), nextSeq(state));
    return ok([{ type: 'timeline.added', card }], card.id);
  },
  /**
   * Each card follows the `timeline.add` rules (the schema checked every one, so one bad card
   * has refused the whole import before this runs); all of them land in one event, one version.
   * The cards take consecutive whole seqs, so lines logged in the same minute keep the log's
   * order on every client, and nothing in a seq sets an import's cards apart from typed ones.
   */
  'timeline.import': (state, command, actor, ctx) => {
    const first = nextSeq(state);
    const cards = command.cards.map((input, index) => newCard(state, input, actor, ctx.newId(), first + index));
    return { ok: true, events: [{ type: 'timeline.imported', cards }], createdIds: cards.map((card) => card.id) };
  },
  'timeline.edit': changeCard,
  'timeline.remove': changeCard,
};

export const timelineEvents: EventRules<TimelineEvent['type']> = {
  'timeline.added': {
    apply: (state, event) => ({ ...state, timeline: { ...state.timeline, [event.card.id]: event.card } }),
    touch: (touched, event) => {
      touched.timeline.add(event.card.id);
    },
  },
  'timeline.imported': {
    apply: (state, event) => {
      const timeline = { ...state.timeline };
      for (const card of event.cards) timeline[card.id] = card;
      return { ...state, timeline };
    },
    touch: (touched, event) => {
      for (const card of event.cards) touched.timeline.add(card.id);
    },
  },
  'timeline.edited': {
    apply: (state, event) => {
      const card = state.timeline[event.cardId];
      return { ...state, timeline: { ...state.timeline, [card.id]: { ...card, ...event.changes } } };
    },
    touch: (touched, event) => {
      touched.timeline.add(event.cardId);
    },
  },
  'timeline.removed': {
    apply: (state, event) => ({
      ...state,
      timeline: without(state.timeline, event.cardId),
      // A removed card is unlinked from every factor that pointed at it.
      factors: mapValues(state.factors, (factor) =>
        factor.timelineCardIds.includes(event.cardId)
          ? { ...factor, timelineCardIds: factor.timelineCardIds.filter((id) => id !== event.cardId) }
          : factor,
      ),
    }),
    touch: (touched, event, before) => {
      touched.timeline.add(event.cardId);
      for (const factor of Object.values(before.factors)) {
        if (factor.timelineCardIds.includes(event.cardId)) touched.factors.add(factor.id);
      }
    },
  },
};
