import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import { VersionConflictError, type AppendBatch, type LoadedRetro, type RetroRecord, type RetroStore, type StoredAck } from './types.ts';
import { migrate } from './schema.ts';

/** The database's file name inside DATA_DIR. */
export const DATABASE_FILE = 'debrief.sqlite';

interface PendingWrite {
  run: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a write is on disk
 * before its promise resolves. Writes that arrive in the same tick of the event loop are
 * committed together in one transaction (group commit): many rooms share one fsync, and each
 * write still succeeds or fails on its own through a savepoint.
 */
export class SqliteStore implements RetroStore {
  readonly db: Database.Database;
  private pending: PendingWrite[] = [];
  private flushScheduled = false;
  private readonly statements;

  constructor(dataDir: string, fileName = DATABASE_FILE) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.statements = {
      insertRetro: this.db.prepare('INSERT INTO retros (id, key_hash, created_at, updated_at) VALUES (?, ?, ?, ?)'),
      getRetro: this.db.prepare<[string], { id: string; key_hash: string; created_at: string }>(
        'SELECT id, key_hash, created_at FROM retros WHERE id = ?',
      ),
      touchRetro: this.db.prepare('UPDATE retros SET updated_at = ? WHERE id = ?'),
      insertEvent: this.db.prepare('INSERT INTO events (retro_id, seq, body) VALUES (?, ?, ?)'),
      upsertSnapshot: this.db.prepare(
        'INSERT INTO snapshots (retro_id, version, state) VALUES (?, ?, ?) ' +
          'ON CONFLICT (retro_id) DO UPDATE SET version = excluded.version, state = excluded.state ' +
          'WHERE excluded.version > snapshots.version',
      ),
      getSnapshot: this.db.prepare<[string], { version: number; state: string }>(
        'SELECT version, state FROM snapshots WHERE retro_id = ?',
      ),
      eventsAfter: this.db.prepare<[string, number], { body: string }>(
        'SELECT body FROM events WHERE retro_id = ? AND seq > ? ORDER BY seq',
      ),
      insertAck: this.db.prepare(
        'INSERT OR IGNORE INTO command_acks (retro_id, participant_id, command_id, ack) VALUES (?, ?, ?, ?)',
      ),
      findAck: this.db.prepare<[string, string, string], { ack: string }>(
        'SELECT ack FROM command_acks WHERE retro_id = ? AND participant_id = ? AND command_id = ?',
      ),
      insertParticipant: this.db.prepare('INSERT OR IGNORE INTO participants (retro_id, participant_id) VALUES (?, ?)'),
      participantIds: this.db.prepare<[string], { participant_id: string }>(
        'SELECT participant_id FROM participants WHERE retro_id = ?',
      ),
      deleteRetro: this.db.prepare('DELETE FROM retros WHERE id = ?'),
      idleSince: this.db.prepare<[string], { id: string }>('SELECT id FROM retros WHERE updated_at < ?'),
    };
  }

  async createRetro(record: RetroRecord, initial: RetroState): Promise<void> {
    await this.write(() => {
      this.statements.insertRetro.run(record.id, record.keyHash, record.createdAt, record.createdAt);
      this.statements.upsertSnapshot.run(record.id, initial.version, JSON.stringify(initial));
    });
  }

  async getRetro(id: string): Promise<RetroRecord | null> {
    const row = this.statements.getRetro.get(id);
    return row ? { id: row.id, keyHash: row.key_hash, createdAt: row.created_at } : null;
  }

  async load(id: string): Promise<LoadedRetro | null> {
    const record = await this.getRetro(id);
    const snapshotRow = this.statements.getSnapshot.get(id);
    if (!record || !snapshotRow) return null;
    const events = this.statements.eventsAfter.all(id, snapshotRow.version).map((row) => JSON.parse(row.body) as RetroEvent);
    const participantIds = this.statements.participantIds.all(id).map((row) => row.participant_id);
    return { record, snapshot: JSON.parse(snapshotRow.state) as RetroState, events, participantIds };
  }

  async append(batch: AppendBatch): Promise<void> {
    await this.write(() => {
      batch.events.forEach((event, index) => {
        const seq = batch.fromVersion + index + 1;
        try {
          this.statements.insertEvent.run(batch.retroId, seq, JSON.stringify(event));
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
            throw new VersionConflictError(batch.retroId, seq);
          }
          throw error;
        }
      });
      if (batch.ack) this.insertAck(batch.retroId, batch.ack);
      if (batch.snapshot) {
        this.statements.upsertSnapshot.run(batch.retroId, batch.snapshot.version, JSON.stringify(batch.snapshot));
      }
      this.statements.touchRetro.run(new Date().toISOString(), batch.retroId);
    });
  }

  async recordAck(retroId: string, ack: StoredAck): Promise<void> {
    await this.write(() => this.insertAck(retroId, ack));
  }

  async findAck(retroId: string, participantId: string, commandId: string): Promise<CommandAck | null> {
    const row = this.statements.findAck.get(retroId, participantId, commandId);
    return row ? (JSON.parse(row.ack) as CommandAck) : null;
  }

  async recordParticipant(retroId: string, participantId: string): Promise<void> {
    await this.write(() => this.statements.insertParticipant.run(retroId, participantId));
  }

  async deleteRetro(id: string): Promise<boolean> {
    let deleted = false;
    // Events, snapshots and acks go with the retro (ON DELETE CASCADE).
    await this.write(() => {
      deleted = this.statements.deleteRetro.run(id).changes > 0;
    });
    return deleted;
  }

  async retrosIdleSince(cutoff: string): Promise<string[]> {
    return this.statements.idleSince.all(cutoff).map((row) => row.id);
  }

  async close(): Promise<void> {
    this.flush();
    this.db.close();
  }

  private insertAck(retroId: string, stored: StoredAck) {
    this.statements.insertAck.run(retroId, stored.participantId, stored.commandId, JSON.stringify(stored.ack));
  }

  /** Queues a write for the next group commit and resolves once it is on disk. */
  private write(run: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.db.open) return reject(new Error('The store is closed.'));
      this.pending.push({ run, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush() {
    this.flushScheduled = false;
    const writes = this.pending;
    this.pending = [];
    if (writes.length === 0 || !this.db.open) return;
    const outcomes: (unknown | null)[] = [];
    try {
      this.db.transaction(() => {
        for (const write of writes) {
          // A nested transaction is a savepoint: one failing write leaves the others intact.
          try {
            this.db.transaction(write.run)();
            outcomes.push(null);
          } catch (error) {
            outcomes.push(error ?? new Error('write failed'));
            // Some errors (disk full, I/O) make SQLite roll the whole transaction back; what
            // follows would then commit on its own, so stop and let the outer commit fail.
            if (!this.db.inTransaction) throw error;
          }
        }
      })();
    } catch (error) {
      for (const write of writes) write.reject(error);
      return;
    }
    writes.forEach((write, index) => {
      const error = outcomes[index];
      if (error) write.reject(error);
      else write.resolve();
    });
  }
}
