import { sortFactors } from '../../../shared/domain/view.ts';
import type { CommandInput } from '../../../shared/protocol/commands.ts';
import type { FactorView } from '../../../shared/protocol/view.ts';

export interface DisplayFactor extends FactorView {
  pending?: 'adding' | 'saving';
}

type FactorCommand = Extract<CommandInput, { type: 'factor.add' | 'factor.edit' | 'factor.remove' | 'factor.merge' }>;

/** Lays my pending factor commands over the server's factors (see the timeline's overlay). */
export function overlayPendingFactors(factors: readonly FactorView[], pending: readonly FactorCommand[]): DisplayFactor[] {
  if (pending.length === 0) return factors as DisplayFactor[];
  let shown: DisplayFactor[] = factors.slice();
  pending.forEach((command, index) => {
    switch (command.type) {
      case 'factor.add':
        shown.push({
          id: `pending:${command.id}`,
          text: command.text,
          category: command.category,
          prompt: command.prompt ?? null,
          timelineCardIds: command.timelineCardIds ?? [],
          votes: null,
          mine: true,
          seq: Number.MAX_SAFE_INTEGER - pending.length + index,
          pending: 'adding',
        });
        break;
      case 'factor.edit':
        shown = shown.map((factor) =>
          factor.id === command.factorId
            ? {
                ...factor,
                ...(command.text !== undefined && { text: command.text }),
                ...(command.category !== undefined && { category: command.category }),
                ...(command.prompt !== undefined && { prompt: command.prompt }),
                ...(command.timelineCardIds !== undefined && { timelineCardIds: command.timelineCardIds }),
                pending: factor.pending ?? 'saving',
              }
            : factor,
        );
        break;
      case 'factor.remove':
        shown = shown.filter((factor) => factor.id !== command.factorId);
        break;
      case 'factor.merge':
        shown = shown.filter((factor) => factor.id !== command.sourceId);
        break;
    }
  });
  return sortFactors(shown);
}
