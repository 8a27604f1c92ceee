import type {
  ActionKind,
  ActionStatus,
  Category,
  Marker,
  Phase,
  Priority,
  Prompt,
  Role,
  Severity,
} from './values.ts';
import { DEFAULT_SETTINGS } from './values.ts';

/**
 * The authoritative state of one retro, as the server holds it. It knows who wrote what
 * (as opaque participant ids) so it can enforce rights — which is exactly why it never
 * leaves the server: clients only ever receive `viewFor(state, viewer)`.
 */

/** An opaque, server-side participant id (a hash of the retro id and the participant's token). */
export type ParticipantId = string;

export interface Settings {
  voteBudget: number;
  maxVotesPerFactor: number;
  privateWriting: boolean;
}

export interface RetroInfo {
  id: string;
  title: string;
  summary: string;
  severity: Severity | null;
  customerImpact: string;
  /** ISO 8601 UTC, or null when unknown. */
  impactStart: string | null;
  impactEnd: string | null;
  /**
   * The incident's IANA time zone: logs imported into the timeline read their clock times in it.
   * Absent or null until the facilitator sets it (the web app then uses the browser's zone).
   */
  timeZone?: string | null;
  phase: Phase;
  settings: Settings;
}

export interface TimelineCard {
  id: string;
  text: string;
  at: string | null;
  marker: Marker | null;
  evidenceUrl: string | null;
  authorId: ParticipantId;
  /** True while private writing keeps it from everyone but its author. */
  hidden: boolean;
  /** The retro version that created it: a stable creation order that says nothing of who. */
  seq: number;
}

export interface ContributingFactor {
  id: string;
  text: string;
  category: Category;
  prompt: Prompt | null;
  timelineCardIds: string[];
  authorId: ParticipantId;
  hidden: boolean;
  seq: number;
}

export interface ActionItem {
  id: string;
  title: string;
  kind: ActionKind;
  owner: string;
  priority: Priority;
  dueDate: string | null;
  doneCriterion: string;
  factorIds: string[];
  trackerUrl: string | null;
  status: ActionStatus;
  reason: string | null;
  authorId: ParticipantId;
  /** Set on an open action item carried over from an earlier retro this one follows up on. */
  carriedFrom?: CarriedFrom;
}

/** The earlier retro an action item came from: enough to name it and link to it. */
export interface CarriedFrom {
  id: string;
  title: string;
}

export interface RetroState {
  /** Number of events applied; strictly increases by one per event. */
  version: number;
  createdAt: string;
  retro: RetroInfo;
  timeline: Record<string, TimelineCard>;
  factors: Record<string, ContributingFactor>;
  /** votes[factorId][participantId] = dots that participant placed on that factor. */
  votes: Record<string, Record<ParticipantId, number>>;
  actions: Record<string, ActionItem>;
  /** Becomes true the first time the voting phase is left, and stays true. */
  votesRevealed: boolean;
  timer: { endsAt: string } | null;
}

/** Who is acting or viewing. The facilitator is identified by key, never by name. */
export interface Actor {
  participantId: ParticipantId;
  role: Role;
}

export function emptyState(id: string, title: string, createdAt: string): RetroState {
  return {
    version: 0,
    createdAt,
    retro: {
      id,
      title,
      summary: '',
      severity: null,
      customerImpact: '',
      impactStart: null,
      impactEnd: null,
      phase: 'setup',
      settings: { ...DEFAULT_SETTINGS },
    },
    timeline: {},
    factors: {},
    votes: {},
    actions: {},
    votesRevealed: false,
    timer: null,
  };
}

/** Total dots a participant has placed across all factors. */
export function votesUsedBy(state: RetroState, participantId: ParticipantId): number {
  let used = 0;
  for (const byVoter of Object.values(state.votes)) used += byVoter[participantId] ?? 0;
  return used;
}

export function votesOf(state: RetroState, participantId: ParticipantId): Record<string, number> {
  const mine: Record<string, number> = {};
  for (const [factorId, byVoter] of Object.entries(state.votes)) {
    const n = byVoter[participantId];
    if (n) mine[factorId] = n;
  }
  return mine;
}

export function voteTotal(state: RetroState, factorId: string): number {
  let total = 0;
  for (const n of Object.values(state.votes[factorId] ?? {})) total += n;
  return total;
}

/** Every dot placed, on any factor, by anyone: a count that says nothing of where or whose. */
export function votesPlaced(state: RetroState): number {
  let placed = 0;
  for (const byVoter of Object.values(state.votes)) for (const n of Object.values(byVoter)) placed += n;
  return placed;
}
