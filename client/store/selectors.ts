import { useShallow } from 'zustand/react/shallow';
import type { CommandInput } from '../../shared/protocol/commands.ts';
import type { ActionItemView, FactorView, TimelineCardView } from '../../shared/protocol/view.ts';
import type { RetroStore } from './store.ts';
import { useRetroStore } from './store.ts';

/**
 * Selectors: every view reads the store through these, so a component re-renders only when
 * the part it shows changes. Fallbacks are module constants, never fresh arrays, because a
 * selector that returns a new object each time would re-render forever.
 */
const NO_CARDS: TimelineCardView[] = [];
const NO_FACTORS: FactorView[] = [];
const NO_ACTIONS: ActionItemView[] = [];
const NO_VOTES: Record<string, number> = {};
const NO_HIDDEN = { timeline: 0, factors: 0 };
const NO_PRESENCE = { online: 0, ready: 0, asked: 0, askedReady: 0 };

export const selectStatus = (s: RetroStore) => s.status;
export const selectRetroId = (s: RetroStore) => s.retroId;
export const selectHasView = (s: RetroStore) => s.view !== null;
export const selectRetro = (s: RetroStore) => s.view?.retro ?? null;
export const selectPhase = (s: RetroStore) => s.view?.retro.phase ?? 'setup';
export const selectSettings = (s: RetroStore) => s.view?.retro.settings ?? null;
export const selectIsFacilitator = (s: RetroStore) => s.view?.me.role === 'facilitator';
export const selectTimeline = (s: RetroStore) => s.view?.timeline ?? NO_CARDS;
export const selectFactors = (s: RetroStore) => s.view?.factors ?? NO_FACTORS;
export const selectActions = (s: RetroStore) => s.view?.actions ?? NO_ACTIONS;
export const selectHidden = (s: RetroStore) => s.view?.hidden ?? NO_HIDDEN;
/** Cards nobody else can see yet: others' hidden ones (a count) plus my own still private. */
const unrevealed = (hidden: number, mine: readonly { private?: boolean }[] | undefined) =>
  hidden + (mine ?? []).filter((card) => card.private).length;
export const selectUnrevealedTimeline = (s: RetroStore) => unrevealed(s.view?.hidden.timeline ?? 0, s.view?.timeline);
export const selectUnrevealedFactors = (s: RetroStore) => unrevealed(s.view?.hidden.factors ?? 0, s.view?.factors);
export const selectMyVotes = (s: RetroStore) => s.view?.me.votes ?? NO_VOTES;
export const selectVotesLeft = (s: RetroStore) => s.view?.me.votesLeft ?? 0;
export const selectAmReady = (s: RetroStore) => s.view?.me.ready ?? false;
export const selectPresence = (s: RetroStore) => s.view?.participants ?? NO_PRESENCE;
/** Dots placed by everyone on every factor: one room-wide number, never per factor or person. */
export const selectVotesPlaced = (s: RetroStore) => s.view?.votesPlaced ?? 0;
export const selectTimerEndsAt = (s: RetroStore) => s.view?.timer?.endsAt ?? null;
export const selectClockOffset = (s: RetroStore) => s.clockOffsetMs;
export const selectNotices = (s: RetroStore) => s.notices;
export const selectPendingCount = (s: RetroStore) => s.pending.length;
/** Totals are null until voting has been left once; then every factor has a number. */
export const selectVotesRevealed = (s: RetroStore) => (s.view?.factors ?? NO_FACTORS).some((f) => f.votes !== null);

type CommandOfType<T extends CommandInput['type']> = Extract<CommandInput, { type: T }>;

/** Pending (not yet acknowledged) commands of some types, oldest first. */
export function usePendingCommands<T extends CommandInput['type']>(...types: T[]): CommandOfType<T>[] {
  return useRetroStore(
    useShallow((s) =>
      s.pending.map((p) => p.command).filter((c): c is CommandOfType<T> => (types as string[]).includes(c.type)),
    ),
  );
}

export { rankFactors } from '../../shared/domain/ranking.ts';
