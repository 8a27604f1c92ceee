import type { CommandOf } from '../../protocol/commands.ts';
import { definedOnly, mapValues, without } from '../records.ts';
import { fail, ok, type CommandRules, type Decision, type EventRules } from '../rules.ts';
import type { Actor, RetroState, TimelineCard } from '../state.ts';
import { canSee } from '../visibility.ts';

/** Timeline cards: what happened when, written by anyone, changed by their author or the facilitator. */

export type TimelineEvent =
  | { type: 'timeline.added'; card: TimelineCard }
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

export const timelineCommands: CommandRules<'timeline.add' | 'timeline.edit' | 'timeline.remove'> = {
  'timeline.add': (state, command, actor, ctx) => {
    const id = ctx.newId();
    const card: TimelineCard = {
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
