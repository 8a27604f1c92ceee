import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import { Checkpointer } from './checkpointer.ts';
import { commitBatch, type Statement, type WriteResult } from './commitBatch.ts';
import { migrate } from './schema.ts';
import { STORED_SCHEMA_VERSION, upcastAck, upcastEvent, upcastSnapshot } from './upcast.ts';
import { WalSync } from './walSync.ts';
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
 * The embedded store: one SQLite file in WAL mode, read and written on the main thread. Each
 * turn's writes are committed together at the end of that turn (group commit), each succeeding
 * or failing on its own; the commit writes the WAL without an fsync (synchronous=NORMAL) and
 * costs tens of microseconds. A write is answered only once WalSync has flushed the WAL in the
 * thread pool, so it is on disk before anyone hears of it, as with synchronous=FULL, and the
 * fsync never stalls the event loop. Checkpoints run on a thread of their own (Checkpointer).
 *
 * Why not a writer thread: committing there cost a hand-off per batch, and waking that thread
 * on a busy two-core machine took the main thread's core from it (about 100 µs per batch in
 * profiles); the commit itself, without the fsync, is cheaper than the hand-off.
 */
export class SqliteStore implements RetroStore {
  /** The store's connection; nothing outside the store touches it. */
  private readonly db: Database.Database;
  /** Flushes the WAL after commits, off the event loop. */
  private readonly wal: WalSync;
  /** Copies the WAL back into the database file, off the event loop. */
  private readonly checkpointer: Checkpointer;
  /** Writes of the current turn, committed together at its end. */
  private queued: PendingWrite[] = [];
  /** Writes committed and waiting for their flush. */
  private unflushed = 0;
  private closing: Promise<void> | null = null;
  private drained: (() => void) | null = null;
  /** When this process last wrote each retro's `updated_at` (TOUCH_EVERY_MS). */
  private readonly touchedAt = new Map<string, number>();
  private readonly reads;

  constructor(dataDir: string, fileName = DATABASE_FILE) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, fileName);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Commits write the WAL without waiting for the disk; WalSync flushes it before anyone
    // hears of them, so they are as durable as with FULL, without blocking the event loop.
    this.db.pragma('synchronous = NORMAL');
    // Checkpoints run on the checkpointer's thread; here one would stall the event loop.
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.wal = new WalSync(`${file}-wal`);
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
    this.checkpointer = new Checkpointer(file, {
      release: () => this.commitQueued(),
      // Without the thread the WAL would grow without end: this connection then checkpoints as
      // SQLite does by default, on the event loop, which stalls it now and then but loses nothing.
      gone: () => this.db.pragma('wal_autocheckpoint = 1000'),
    });
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

  /** Waits for every queued write to reach the disk, then stops the checkpointer and closes the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.queued.length > 0 || this.unflushed > 0) {
        await new Promise<void>((resolve) => (this.drained = resolve));
      }
      await this.checkpointer.close();
      this.wal.close();
      // The last connection to close checkpoints the WAL into the database file and removes it.
      this.db.close();
    })();
    return this.closing;
  }

  private ackParams(retroId: string, stored: StoredAck): unknown[] {
    return [retroId, stored.participantId, stored.commandId, JSON.stringify(stored.ack)];
  }

  /** Queues one write; it is committed with the rest of this turn's writes. */
  private write(statements: Statement[]): Promise<number> {
    if (this.closing) return Promise.reject(new Error('The store is closed.'));
    // After a failed flush nothing is known to reach the disk: fail at once instead of committing.
    if (this.wal.failure) return Promise.reject(this.wal.failure);
    return new Promise((resolve, reject) => {
      this.queued.push({ statements, resolve, reject });
      // Committed once this turn's synchronous work is done, so writes queued in the same turn
      // share a commit, and not after the loop's next poll: the commit is on every command's
      // path to its ack, and under load a poll phase full of socket reads would hold it back.
      if (this.queued.length === 1) queueMicrotask(() => this.commitQueued());
    });
  }

  /**
   * Commits this turn's writes in one transaction and answers each once the WAL is flushed.
   * Failed writes wait for the flush too: a retry's refusal may rest on what the commit wrote.
   */
  private commitQueued(): void {
    // Held for the last round of a checkpoint, about a millisecond; it commits them on release.
    if (this.queued.length === 0 || this.checkpointer.holding) return;
    const writes = this.queued;
    this.queued = [];
    if (this.wal.failure) return this.fail(writes, this.wal.failure);
    const results = commitBatch(this.db, writes.map((write) => write.statements));
    this.unflushed += writes.length;
    this.wal.durable().then(
      () => this.settle(writes, results),
      (error: Error) => this.fail(writes, error),
    );
    this.checkpointer.committed();
  }

  private settle(writes: PendingWrite[], results: WriteResult[]): void {
    writes.forEach((write, index) => {
      const result = results[index];
      if (result?.error) write.reject(Object.assign(new Error(result.error.message), { code: result.error.code, statement: result.error.statement }));
      else write.resolve(result?.changes ?? 0);
    });
    this.flushed(writes.length);
  }

  private fail(writes: PendingWrite[], error: Error): void {
    for (const write of writes) write.reject(error);
    this.flushed(writes.length);
  }

  private flushed(count: number): void {
    this.unflushed = Math.max(0, this.unflushed - count);
    if (this.unflushed === 0 && this.queued.length === 0) this.drained?.();
  }
}
