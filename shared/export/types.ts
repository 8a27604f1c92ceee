import type { RetroInfo } from '../domain/state.ts';
import type { Marker } from '../domain/values.ts';
import type { ActionItemView, FactorView, TimelineCardView } from '../protocol/view.ts';

/**
 * The post-mortem: everything the exports hold, already reduced to what an uninvolved
 * facilitator may see (CONTRACT: hidden cards only once revealed, vote totals only once voting
 * has been left). Plain data with no participant identifiers anywhere — no author, voter,
 * `mine`, `private` or `seq` — so serialising it whole cannot leak who wrote or voted for what.
 */

/** The `format` marker of the JSON export; bump the version on any breaking change. */
export const POSTMORTEM_FORMAT = 'debrief.postmortem/v1';

/** The retro's own facts, as the facilitator set them up. */
export type PostMortemRetro = RetroInfo;

/** A revealed timeline card: what every viewer sees of it, minus the viewer-relative fields. */
export type PostMortemEvent = Omit<TimelineCardView, 'mine' | 'seq' | 'private'>;

/**
 * A revealed contributing factor; `timelineCardIds` lists only revealed cards, and `votes` is
 * null while voting has never been left.
 */
export type PostMortemFactor = Omit<FactorView, 'mine' | 'seq' | 'private'>;

/** An action item: owned by a team or role; `factorIds` lists only exported factors. */
export type PostMortemAction = ActionItemView;

/** A point in an incident's life that durations are measured between. */
export type Moment = Marker | 'impact-window-start' | 'impact-window-end';

/** The first timeline card (in time order) that carries a marker. */
export interface KeyMoment {
  cardId: string;
  /** The card's time; null when the card has none (then no duration can use it). */
  at: string | null;
}

export const DURATION_NAMES = [
  'timeUndetected',
  'timeToAcknowledge',
  'timeToMitigate',
  'timeToResolve',
  'totalImpact',
] as const;
export type DurationName = (typeof DURATION_NAMES)[number];

export interface DerivedDuration {
  from: Moment;
  to: Moment;
  /** `to − from` in milliseconds; null when it cannot be computed (see `problem`). Never negative. */
  ms: number | null;
  /**
   * Why `ms` is null: `missing` when either moment has no time, `out-of-order` when `to` is
   * earlier than `from` (a negative duration would only mislead).
   */
  problem: 'missing' | 'out-of-order' | null;
}

/** Two moments in the wrong order: `second` should not be earlier than `first`, but it is. */
export interface OrderWarning {
  first: Moment;
  firstAt: string;
  second: Moment;
  secondAt: string;
}

/** Counts only: the export never lists or identifies participants. */
export interface Participation {
  /**
   * Distinct anonymous participants who joined the retro (counted from connections, not from
   * who wrote what: a count that follows authorship would let a reader tell cards apart).
   * The facilitator counts too: they joined like everyone else, and the Markdown says so.
   */
  participants: number;
  timelineCards: number;
  factors: number;
  actions: number;
  /** Votes cast on the exported factors; null while totals are not revealed. */
  votes: number | null;
  /** Cards written privately and never revealed: not part of the export. */
  hidden: { timeline: number; factors: number };
}

export interface PostMortem {
  /** When the retro was created (ISO 8601 UTC): the document's date. */
  createdAt: string;
  retro: PostMortemRetro;
  /** True once voting has been left: factor `votes` are totals, not null. */
  votesRevealed: boolean;
  /** Revealed timeline cards in time order, untimed last, ties in creation order. */
  timeline: PostMortemEvent[];
  /**
   * Revealed factors, ranked: most votes first, ties in creation order. While votes are not
   * revealed, creation order.
   */
  factors: PostMortemFactor[];
  /** Action items in creation order. */
  actions: PostMortemAction[];
  /** For each marker, the first card carrying it in time order, or null. */
  keyMoments: Record<Marker, KeyMoment | null>;
  durations: Record<DurationName, DerivedDuration>;
  /** Out-of-order markers (and an impact window that ends before it starts). */
  warnings: OrderWarning[];
  participation: Participation;
}
