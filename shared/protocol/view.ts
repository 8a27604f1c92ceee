import type { RetroInfo } from '../domain/state.ts';
import type { ActionItem } from '../domain/state.ts';
import type { Category, Marker, Prompt, Role } from '../domain/values.ts';

/**
 * What one viewer may see of a retro (CONTRACT "The view"). Nothing here identifies another
 * participant: no author, voter, token or participant id — only `mine` for the viewer's own.
 */

export interface TimelineCardView {
  id: string;
  text: string;
  at: string | null;
  marker: Marker | null;
  evidenceUrl: string | null;
  mine: boolean;
  /** Creation order (the retro version that created the card); breaks ties in time order. */
  seq: number;
  /** Only on the viewer's own cards: still hidden from everyone else (private writing). */
  private?: boolean;
}

export interface FactorView {
  id: string;
  text: string;
  category: Category;
  prompt: Prompt | null;
  timelineCardIds: string[];
  /** null until the voting phase has been left once; the total from then on. */
  votes: number | null;
  mine: boolean;
  seq: number;
  private?: boolean;
}

export type ActionItemView = Omit<ActionItem, 'authorId'>;

export interface MeView {
  role: Role;
  votes: Record<string, number>;
  votesLeft: number;
  ready: boolean;
}

export interface PresenceView {
  /** Distinct people connected now, the facilitator included (CONTRACT). */
  online: number;
  /** How many of those are ready (CONTRACT). */
  ready: number;
  /**
   * Those of `online` who are asked to mark a step done: everyone but the facilitator, who runs
   * the steps rather than doing them. An addition, so "N of M done" need not count the facilitator.
   */
  asked: number;
  /** How many of `asked` are ready. */
  askedReady: number;
}

export interface RetroView {
  retro: RetroInfo;
  timeline: TimelineCardView[];
  factors: FactorView[];
  actions: ActionItemView[];
  hidden: { timeline: number; factors: number };
  me: MeView;
  participants: PresenceView;
  /**
   * Dots placed so far, summed over every factor and every person: the same number for every
   * viewer, so the room can tell how voting is going without learning where the dots went or
   * whose they are.
   */
  votesPlaced: number;
  timer: { endsAt: string } | null;
}
