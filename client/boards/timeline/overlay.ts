import { sortTimeline } from '../../../shared/domain/view.ts';
import type { CommandInput } from '../../../shared/protocol/commands.ts';
import type { TimelineCardView } from '../../../shared/protocol/view.ts';

/** A card as the board shows it: the server's, or one of mine still on its way. */
export interface DisplayCard extends TimelineCardView {
  pending?: 'adding' | 'saving';
}

type TimelineCommand = Extract<CommandInput, { type: 'timeline.add' | 'timeline.import' | 'timeline.edit' | 'timeline.remove' }>;

/**
 * Lays my pending timeline commands over the server's cards, so what I typed shows at once —
 * also offline — and in the place it will have once the server confirms it.
 */
export function overlayPendingCards(cards: readonly TimelineCardView[], pending: readonly TimelineCommand[]): DisplayCard[] {
  if (pending.length === 0) return cards as DisplayCard[];
  let shown: DisplayCard[] = cards.slice();
  pending.forEach((command, index) => {
    switch (command.type) {
      case 'timeline.add':
        shown.push({
          id: `pending:${command.id}`,
          text: command.text,
          at: command.at ?? null,
          marker: command.marker ?? null,
          evidenceUrl: command.evidenceUrl ?? null,
          mine: true,
          // After every real card, in the order they were written.
          seq: Number.MAX_SAFE_INTEGER - pending.length + index,
          pending: 'adding',
        });
        break;
      case 'timeline.import':
        // An import on its way shows its cards like added ones, in the log's order.
        command.cards.forEach((card, cardIndex) =>
          shown.push({
            id: `pending:${command.id}:${cardIndex}`,
            text: card.text,
            at: card.at ?? null,
            marker: card.marker ?? null,
            evidenceUrl: card.evidenceUrl ?? null,
            mine: true,
            // One seq for the whole import: the sort is stable, so ties keep this push order.
            seq: Number.MAX_SAFE_INTEGER - pending.length + index,
            pending: 'adding',
          }),
        );
        break;
      case 'timeline.edit':
        shown = shown.map((card) =>
          card.id === command.cardId
            ? {
                ...card,
                ...(command.text !== undefined && { text: command.text }),
                ...(command.at !== undefined && { at: command.at }),
                ...(command.marker !== undefined && { marker: command.marker }),
                ...(command.evidenceUrl !== undefined && { evidenceUrl: command.evidenceUrl }),
                pending: card.pending ?? 'saving',
              }
            : card,
        );
        break;
      case 'timeline.remove':
        shown = shown.filter((card) => card.id !== command.cardId);
        break;
    }
  });
  return sortTimeline(shown);
}

/** Milliseconds between each timed card and the timed card before it (null when unknown). */
export function gapsBetween(cards: readonly { at: string | null }[]): (number | null)[] {
  let previous: string | null = null;
  return cards.map((card) => {
    const gap = card.at && previous ? Date.parse(card.at) - Date.parse(previous) : null;
    if (card.at) previous = card.at;
    return gap;
  });
}
