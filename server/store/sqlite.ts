import Database from 'better-sqlite3';
import { channel } from 'node:diagnostics_channel';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import { migrate } from './schema.ts';
import { STORED_SCHEMA_VERSION, upcastAck, upcastEvent, upcastSnapshot } from './upcast.ts';
import {
  VersionConflictError,
  type AppendBatch,
  type LoadedRetro,
  type RetroRecord,
  type RetroStore,
  type StoredAck,
} from './types.ts';

/**
 * How stale `updated_at` may get while a retro is being written to. It only feeds retention,
 * which counts in days, and rewriting it on every change put the retros table and its index
 * into every commit: two more pages to write and fsync, and about 20 µs of the 160 µs of CPU
 * a commit of one change costs (measured on the store's schema, 4,000 commits). A retro last
 * touched longer ago than this is touched by its next change, so a write to a retro that
 * retention is about to purge still saves it.
 */
export const TOUCH_EVERY_MS = 60_000;

/** The database's file name inside DATA_DIR. */
export const DATABASE_FILE = 'debrief.sqlite';

/** One write: statements that succeed or fail together. */
type Statement = { sql: string; params: unknown[] };
type WriteResult = { changes: number; error?: undefined } | { error: { code: string; message: string; statement?: number } };
/** The writer's answer to one batch; one commit answers every batch it took. */
type BatchReply = { id: number; results: WriteResult[]; times?: CommitTimes };
/** Taken by the writer on the process's monotonic clock (process.hrtime), in milliseconds. */
type CommitTimes = { previousCommitEndedAt: number; commitStartedAt: number; commitEndedAt: number };

/** A batch on its way to the disk; when it left this thread, if anyone is timing commits. */
interface BatchInFlight {
  writes: PendingWrite[];
  sentAt?: number;
}

/**
 * Where one batch's time went, in milliseconds, from this thread handing it over until this
 * thread read the answer: waiting for the commit before it to end (the writer commits one at a
 * time), going to the writer thread, its commit (statements and fsync), and the answer's way
 * back. `failed` counts its writes that did not commit.
 */
export interface CommitTiming {
  behindPreviousMs: number;
  handOffMs: number;
  commitMs: number;
  answerMs: number;
  writes: number;
  failed: number;
}

/**
 * Every batch's CommitTiming, published only while someone subscribes (the benchmark does:
 * bench/targets/debrief.ts); otherwise this thread does nothing more for it, and the writer's
 * answers carry no times.
 */
export const commitTimings = channel('debrief:sqlite:commit');

const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

interface PendingWrite {
  statements: Statement[];
  resolve: (changes: number) => void;
  reject: (error: Error) => void;
}

const ACK_ROW = `INTO command_acks (retro_id, participant_id, command_id, ack, schema_version) VALUES (?, ?, ?, ?, ${STORED_SCHEMA_VERSION})`;

const SQL = {
  insertRetro: 'INSERT INTO retros (id, key_hash, created_at, updated_at) VALUES (?, ?, ?, ?)',
  touchRetro: 'UPDATE retros SET updated_at = ? WHERE id = ?',
  insertEvent: `INSERT INTO events (retro_id, seq, body, schema_version) VALUES (?, ?, ?, ${STORED_SCHEMA_VERSION})`,
  upsertSnapshot:
    `INSERT INTO snapshots (retro_id, version, state, schema_version) VALUES (?, ?, ?, ${STORED_SCHEMA_VERSION}) ` +
    'ON CONFLICT (retro_id) DO UPDATE SET version = excluded.version, state = excluded.state, schema_version = excluded.schema_version ' +
    'WHERE excluded.version > snapshots.version',
  /** With events: fails if the command was answered before, and the events with it. */
  insertAck: `INSERT ${ACK_ROW}`,
  /** For answers without events: the first answer stays, a racing retry changes nothing. */
  keepFirstAck: `INSERT OR IGNORE ${ACK_ROW}`,
  insertParticipant: 'INSERT OR IGNORE INTO participants (retro_id, participant_id) VALUES (?, ?)',
  deleteRetro: 'DELETE FROM retros WHERE id = ?',
};

/**
 * The embedded store: one SQLite file in WAL mode. Reads run here on the main thread; writes go
 * to a writer thread (commitWorker.mjs) that commits with synchronous=FULL, so a write is on
 * disk before its promise resolves and the fsync never stalls the event loop. Each turn's writes
 * go to the writer at the end of that turn; batches that reach it while a commit is under way go
 * together in its next transaction (group commit): under load, many commands share one fsync,
 * and each still succeeds or fails on its own.
 */
export class SqliteStore implements RetroStore {
  /** The main thread's connection, for reads; nothing outside the store touches it. */
  private readonly db: Database.Database;
  private readonly writer: Worker;
  /** Writes of the current turn, sent together at its end. */
  private queued: PendingWrite[] = [];
  /** Batches sent to the writer and not answered yet; several while commits are under way. */
  private inFlight = new Map<number, BatchInFlight>();
  private nextBatchId = 1;
  private closing: Promise<void> | null = null;
  /** Set when the writer thread is gone: every write then fails at once instead of hanging. */
  private writerGone: Error | null = null;
  private drained: (() => void) | null = null;
  /** When this process last wrote each retro's `updated_at` (TOUCH_EVERY_MS). */
  private readonly touchedAt = new Map<string, number>();
  private readonly reads;

  constructor(dataDir: string, fileName = DATABASE_FILE) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, fileName);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.reads = {
      getRetro: this.db.prepare<[string], { id: string; key_hash: string; created_at: string }>(
        'SELECT id, key_hash, created_at FROM retros WHERE id = ?',
      ),
      getSnapshot: this.db.prepare<[string], { version: number; state: string; schema_version: number }>(
        'SELECT version, state, schema_version FROM snapshots WHERE retro_id = ?',
      ),
      eventsAfter: this.db.prepare<[string, number], { body: string; schema_version: number }>(
        'SELECT body, schema_version FROM events WHERE retro_id = ? AND seq > ? ORDER BY seq',
      ),
      findAck: this.db.prepare<[string, string, string], { ack: string; schema_version: number }>(
        'SELECT ack, schema_version FROM command_acks WHERE retro_id = ? AND participant_id = ? AND command_id = ?',
      ),
      participantIds: this.db.prepare<[string], { participant_id: string }>(
        'SELECT participant_id FROM participants WHERE retro_id = ?',
      ),
      idleSince: this.db.prepare<[string], { id: string }>('SELECT id FROM retros WHERE updated_at < ?'),
    };
    this.writer = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'commitWorker.mjs'), { workerData: { file } });
    this.writer.on('message', (replies: BatchReply[]) => this.settle(replies));
    this.writer.on('error', (error: Error) => this.writerDied(error));
    this.writer.on('exit', (code) => this.writerDied(new Error(`The SQLite writer stopped (exit code ${code}).`)));
    this.writer.unref();
  }

  async createRetro(record: RetroRecord, initial: RetroState): Promise<void> {
    await this.write([
      { sql: SQL.insertRetro, params: [record.id, record.keyHash, record.createdAt, record.createdAt] },
      { sql: SQL.upsertSnapshot, params: [record.id, initial.version, JSON.stringify(initial)] },
    ]);
  }

  async getRetro(id: string): Promise<RetroRecord | null> {
    const row = this.reads.getRetro.get(id);
    return row ? { id: row.id, keyHash: row.key_hash, createdAt: row.created_at } : null;
  }

  async load(id: string): Promise<LoadedRetro | null> {
    // One read transaction, so the snapshot and the events after it belong together.
    return this.db.transaction(() => {
      const row = this.reads.getRetro.get(id);
      const snapshotRow = this.reads.getSnapshot.get(id);
      if (!row || !snapshotRow) return null;
      return {
        record: { id: row.id, keyHash: row.key_hash, createdAt: row.created_at },
        snapshot: upcastSnapshot(JSON.parse(snapshotRow.state), snapshotRow.schema_version),
        events: this.reads.eventsAfter.all(id, snapshotRow.version).map((event) => upcastEvent(JSON.parse(event.body), event.schema_version)),
        participantIds: this.reads.participantIds.all(id).map((participant) => participant.participant_id),
      };
    })();
  }

  async eventsAfter(id: string, version: number): Promise<RetroEvent[]> {
    return this.reads.eventsAfter.all(id, version).map((event) => upcastEvent(JSON.parse(event.body), event.schema_version));
  }

  async append(batch: AppendBatch): Promise<CommandAck | null> {
    // The answer goes first: if its key is taken, the command ran before and nothing is written.
    const statements: Statement[] = batch.ack ? [{ sql: SQL.insertAck, params: this.ackParams(batch.retroId, batch.ack) }] : [];
    batch.events.forEach((event, index) => {
      statements.push({ sql: SQL.insertEvent, params: [batch.retroId, batch.fromVersion + index + 1, JSON.stringify(event)] });
    });
    if (batch.snapshot) {
      statements.push({ sql: SQL.upsertSnapshot, params: [batch.retroId, batch.snapshot.version, JSON.stringify(batch.snapshot)] });
    }
    const now = Date.now();
    const touch = now - (this.touchedAt.get(batch.retroId) ?? -Infinity) >= TOUCH_EVERY_MS;
    if (touch) statements.push({ sql: SQL.touchRetro, params: [new Date(now).toISOString(), batch.retroId] });
    try {
      await this.write(statements);
      if (touch) this.remember(batch.retroId, now);
      return null;
    } catch (error) {
      const { code, statement } = error as { code?: string; statement?: number };
      if (code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
      if (batch.ack && statement === 0) {
        const earlier = await this.findAck(batch.retroId, batch.ack.participantId, batch.ack.commandId);
        if (earlier) return earlier;
        throw error;
      }
      // (retro, seq) is unique: someone else already wrote this version.
      throw new VersionConflictError(batch.retroId, batch.fromVersion + 1);
    }
  }

  async recordAck(retroId: string, ack: StoredAck): Promise<CommandAck> {
    const changes = await this.write([{ sql: SQL.keepFirstAck, params: this.ackParams(retroId, ack) }]);
    return changes > 0 ? ack.ack : ((await this.findAck(retroId, ack.participantId, ack.commandId)) ?? ack.ack);
  }

  async findAck(retroId: string, participantId: string, commandId: string): Promise<CommandAck | null> {
    const row = this.reads.findAck.get(retroId, participantId, commandId);
    return row ? upcastAck(JSON.parse(row.ack), row.schema_version) : null;
  }

  async recordParticipant(retroId: string, participantId: string): Promise<void> {
    await this.write([{ sql: SQL.insertParticipant, params: [retroId, participantId] }]);
  }

  async deleteRetro(id: string, options: { idleBefore?: string } = {}): Promise<boolean> {
    // Events, snapshots, acks and participants go with the retro (ON DELETE CASCADE). With
    // `idleBefore`, only if still untouched: a write acked meanwhile keeps the retro alive.
    const statement = options.idleBefore
      ? { sql: `${SQL.deleteRetro} AND updated_at < ?`, params: [id, options.idleBefore] }
      : { sql: SQL.deleteRetro, params: [id] };
    const deleted = (await this.write([statement])) > 0;
    if (deleted) this.touchedAt.delete(id);
    return deleted;
  }

  /** Notes a retro's touch. Forgetting costs one extra touch per retro, so a full map just starts over. */
  private remember(retroId: string, at: number): void {
    if (this.touchedAt.size >= 5_000) this.touchedAt.clear();
    this.touchedAt.set(retroId, at);
  }

  async retrosIdleSince(cutoff: string): Promise<string[]> {
    return this.reads.idleSince.all(cutoff).map((row) => row.id);
  }

  /** Waits for every queued write, then stops the writer and closes the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.queued.length > 0 || this.inFlight.size > 0) {
        await new Promise<void>((resolve) => (this.drained = resolve));
      }
      if (!this.writerGone) {
        const exited = new Promise((resolve) => this.writer.once('exit', resolve));
        this.writer.ref();
        this.writer.postMessage({ type: 'close' });
        await exited;
      }
      this.db.close();
    })();
    return this.closing;
  }

  private ackParams(retroId: string, stored: StoredAck): unknown[] {
    return [retroId, stored.participantId, stored.commandId, JSON.stringify(stored.ack)];
  }

  /** Queues one write; it is committed with whatever else is queued when the writer is free. */
  private write(statements: Statement[]): Promise<number> {
    if (this.closing) return Promise.reject(new Error('The store is closed.'));
    if (this.writerGone) return Promise.reject(this.writerGone);
    return new Promise((resolve, reject) => {
      this.queued.push({ statements, resolve, reject });
      // Sent once this turn's synchronous work is done (writes queued in the same turn go
      // together), not after the loop's next poll: the commit is on every command's path to
      // its ack, and under load a poll phase full of socket reads would hold it back. Sent even
      // while a commit is under way: the writer groups what waits for it, and starts on it
      // without waiting for this thread to read the last answer first.
      if (this.queued.length === 1) queueMicrotask(() => this.send());
    });
  }

  private send(): void {
    if (this.queued.length === 0 || this.writerGone) return;
    const writes = this.queued;
    this.queued = [];
    const id = this.nextBatchId++;
    const timed = commitTimings.hasSubscribers;
    this.inFlight.set(id, timed ? { writes, sentAt: monotonicMs() } : { writes });
    // Keep the process alive while a write is on its way to the disk, and only then.
    this.writer.ref();
    this.writer.postMessage({ id, writes: writes.map((write) => write.statements), timed });
  }

  private settle(replies: BatchReply[]): void {
    const readAt = commitTimings.hasSubscribers ? monotonicMs() : undefined;
    for (const { id, results, times } of replies) {
      const batch = this.inFlight.get(id);
      if (!batch) continue;
      this.inFlight.delete(id);
      if (readAt !== undefined && batch.sentAt !== undefined && times) commitTimings.publish(timingOf(batch.sentAt, times, readAt, results));
      batch.writes.forEach((write, index) => {
        const result = results[index];
        if (result?.error) write.reject(Object.assign(new Error(result.error.message), { code: result.error.code, statement: result.error.statement }));
        else write.resolve(result?.changes ?? 0);
      });
    }
    if (this.inFlight.size === 0 && this.queued.length === 0) {
      this.writer.unref();
      this.drained?.();
    }
  }

  /** The writer thread crashed or exited: fail what waits, and everything after, at once. */
  private writerDied(error: Error): void {
    if (this.writerGone) return;
    // A clean exit after close() is the normal end, not a death.
    if (this.closing && this.queued.length === 0 && this.inFlight.size === 0) return;
    this.writerGone = error;
    for (const { writes } of this.inFlight.values()) for (const write of writes) write.reject(error);
    this.inFlight.clear();
    for (const write of this.queued.splice(0)) write.reject(error);
    this.drained?.();
  }
}

function timingOf(sentAt: number, times: CommitTimes, readAt: number, results: WriteResult[]): CommitTiming {
  // A batch sent while the writer was committing could not be taken before that commit ended.
  const writerFreeAt = Math.max(sentAt, times.previousCommitEndedAt);
  return {
    behindPreviousMs: writerFreeAt - sentAt,
    handOffMs: times.commitStartedAt - writerFreeAt,
    commitMs: times.commitEndedAt - times.commitStartedAt,
    answerMs: readAt - times.commitEndedAt,
    writes: results.length,
    failed: results.filter((result) => result.error).length,
  };
}
