import type { CommandError } from './errors.ts';
import type { CommandInput } from './commands.ts';
import type { ActionItemView, FactorView, MeView, PresenceView, RetroView, TimelineCardView } from './view.ts';
import type { RetroInfo } from '../domain/state.ts';

/**
 * The Socket.IO event maps shared by server and client, so both sides are type-checked
 * against one definition (docs/PROTOCOL.md describes the same).
 */

/** The acknowledgement of a `command`. */
export type CommandAck =
  /** `id`: what an `*.add` created; `ids`: what `timeline.import` created, in the cards' order. */
  | { ok: true; version: number; id?: string; ids?: string[] }
  | { ok: false; error: CommandError };

export type SyncAck =
  | { ok: true; version: number; view: RetroView; serverTime: string }
  | { ok: false; error: CommandError };

/**
 * One change to a viewer's view. A `changes` message carries the list of changes one applied
 * command made to what this viewer sees; `applyChanges` folds them into a view.
 */
export type ViewChange =
  | { op: 'retro'; retro: RetroInfo }
  | { op: 'timeline.put'; card: TimelineCardView }
  | { op: 'timeline.drop'; id: string }
  | { op: 'factor.put'; factor: FactorView }
  | { op: 'factor.drop'; id: string }
  | { op: 'action.put'; action: ActionItemView }
  | { op: 'action.drop'; id: string }
  /** Adds to (or, negative, takes from) the counts of cards hidden from this viewer. */
  | { op: 'hidden.adjust'; timeline: number; factors: number }
  | { op: 'me'; me: Omit<MeView, 'ready'> }
  /** The new total of dots placed across all factors and people (`view.votesPlaced`). */
  | { op: 'votes.placed'; placed: number }
  | { op: 'timer'; timer: { endsAt: string } | null };

export interface ChangesMessage {
  /** The retro's version after this change; exactly one more than the previous message's. */
  version: number;
  changes: ViewChange[];
  /** The server's clock, sent with timer changes (and every snapshot) for skew correction. */
  serverTime?: string;
}

export interface SnapshotMessage {
  version: number;
  view: RetroView;
  serverTime: string;
}

export interface ServerToClientEvents {
  snapshot: (message: SnapshotMessage) => void;
  changes: (message: ChangesMessage) => void;
  /** Presence is not versioned: it carries no identity and is resent whole. */
  presence: (message: PresenceView) => void;
  /** This participant's own readiness (all of their connected devices). */
  ready: (message: { ready: boolean }) => void;
  /**
   * Sent just before the server closes the connection on purpose: the retro was deleted (do not
   * come back), the server is shutting down, the room is reloading (reconnect at once), or the
   * client speaks another protocol version (`protocol`: the server's; see version.ts).
   */
  closing: (message: { reason: 'retro_deleted' | 'shutdown' | 'reload' | 'unsupported_protocol'; protocol?: number }) => void;
}

/** The post-mortem as a document, for the review phase (an addition to the contract). */
export type ExportAck =
  | { ok: true; content: string; fileName: string; contentType: string }
  | { ok: false; error: CommandError };

export interface ClientToServerEvents {
  sync: (payload: Record<string, never>, ack: (answer: SyncAck) => void) => void;
  command: (payload: CommandInput, ack: (answer: CommandAck) => void) => void;
  export: (payload: { format: 'md' | 'json' | 'csv' }, ack: (answer: ExportAck) => void) => void;
}

/** The participant secret a client keeps: 22–128 characters of base64url (≥128 bits). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

/** The Socket.IO handshake `auth` object. */
export interface HandshakeAuth {
  retroId: string;
  token: string;
  /** The protocol version the client speaks (version.ts); none means version 1. */
  protocol?: number;
  facilitatorKey?: string;
}
