import type { CommandOf } from '../protocol/commands.ts';
import type { RetroEvent } from './events.ts';
import type { Actor, RetroState, TimelineCard } from './state.ts';
import { LIMITS } from './values.ts';

interface ImportContext {
  newId: () => string;
}

/**
 * `timeline.import`: each card follows the `timeline.add` rules (the schema already checked
 * every one, so a bad card has refused the whole import before this runs), and all of them
 * land in one event, hence one version. Review freeze and private writing are the same as for
 * a single card: decide checks the first, and each card is hidden exactly as an added one.
 */
export function decideImport(
  state: RetroState,
  command: CommandOf<'timeline.import'>,
  actor: Actor,
  ctx: ImportContext,
): { ok: true; events: RetroEvent[]; createdIds: string[] } {
  const version = state.version + 1;
  const cards: TimelineCard[] = command.cards.map((input, index) => ({
    id: ctx.newId(),
    text: input.text,
    at: input.at ?? null,
    marker: input.marker ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    authorId: actor.participantId,
    hidden: state.retro.settings.privateWriting,
    // The creating version, plus the card's place in the import: cards of one import share a
    // version, and lines logged in the same minute must keep the log's order on every client.
    seq: version + index / LIMITS.importCards,
  }));
  return { ok: true, events: [{ type: 'timeline.imported', cards }], createdIds: cards.map((card) => card.id) };
}
