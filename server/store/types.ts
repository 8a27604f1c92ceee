import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';

/**
 * Where retros live. One interface so SQLite (embedded, the default) and a later PostgreSQL
 * implementation can pass the same contract tests. Methods are async even though SQLite is
 * synchronous, because PostgreSQL is not. Only server/store/index.ts picks one.
 *
 * Invariant: events of a retro have sequence numbers 1, 2, 3… with (retro, sequence) unique;
 * an append whose first sequence is already taken fails, which is what lets several server
 * processes share one database without overwriting each other.
 */
export interface RetroRecord {
  id: string;
  keyHash: string;
  createdAt: string;
}

export interface StoredAck {
  participantId: string;
  commandId: string;
  ack: CommandAck;
}

export interface AppendBatch {
  retroId: string;
  /** The retro's version before these events; the first event gets fromVersion + 1. */
  fromVersion: number;
  events: RetroEvent[];
  /** The answer to the command that produced the events, kept so a retry gets it again. */
  ack?: StoredAck;
  /** A snapshot of the state after these events, so loading need not replay them. */
  snapshot?: RetroState;
}

export interface LoadedRetro {
  record: RetroRecord;
  snapshot: RetroState;
  /** Events after the snapshot, in order. */
  events: RetroEvent[];
  /** Everyone who has ever joined (server-side ids), so the room can count participants. */
  participantIds: string[];
}

export class VersionConflictError extends Error {
  constructor(retroId: string, version: number) {
    super(`Retro ${retroId} already has an event at version ${version}.`);
  }
}

export interface RetroStore {
  createRetro(record: RetroRecord, initial: RetroState): Promise<void>;
  getRetro(id: string): Promise<RetroRecord | null>;
  load(id: string): Promise<LoadedRetro | null>;
  /** Events after `version`, in order: how a process catches up with what others appended. */
  eventsAfter(id: string, version: number): Promise<RetroEvent[]>;
  /**
   * Durable when the promise resolves: a crash after that loses nothing of the batch. When the
   * batch's command was answered before (its ack key is taken, by this process or another),
   * nothing is written and that earlier answer is returned: the idempotency check rides on the
   * write's own unique key instead of costing a read before every command.
   */
  append(batch: AppendBatch): Promise<CommandAck | null>;
  /**
   * Keeps an error answer (no events) so a retry with the same command id gets it again. The
   * first answer stays: returns the answer now stored, which is another one if this command was
   * answered meanwhile (by another process).
   */
  recordAck(retroId: string, ack: StoredAck): Promise<CommandAck>;
  findAck(retroId: string, participantId: string, commandId: string): Promise<CommandAck | null>;
  /** Remembers that a participant joined (idempotent). */
  recordParticipant(retroId: string, participantId: string): Promise<void>;
  /** Deletes a retro and its history; with `idleBefore`, only if it has not changed since. */
  deleteRetro(id: string, options?: { idleBefore?: string }): Promise<boolean>;
  /** Ids of retros with no event since `cutoff` (ISO time), for retention. */
  retrosIdleSince(cutoff: string): Promise<string[]>;
  close(): Promise<void>;
}
