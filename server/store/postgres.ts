import pg from 'pg';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';
import { migratePostgres } from './postgresSchema.ts';
import { STORED_SCHEMA_VERSION as V, upcastAck, upcastEvent, upcastSnapshot } from './upcast.ts';
import {
  VersionConflictError,
  type AppendBatch,
  type LoadedRetro,
  type RetroRecord,
  type RetroStore,
  type StoredAck,
} from './types.ts';

/** PostgreSQL's code for a unique violation: (retro, seq) is taken, or the command was answered. */
const UNIQUE_VIOLATION = '23505';
const INSERT_ACK = `INSERT INTO command_acks (retro_id, participant_id, command_id, ack, schema_version) VALUES ($1, $2, $3, $4, ${V})`;

/**
 * A command's whole write as one statement. If the answer's key is taken the command ran before
 * (command_acks_pkey); if a sequence number is taken another process moved the retro on
 * (events_pkey). Which of the two PostgreSQL reports when both hold is not fixed, so after either
 * the stored answer is looked up (a conflict is rare; the read is only paid then).
 */
const APPEND = `
WITH answer AS (
  INSERT INTO command_acks (retro_id, participant_id, command_id, ack, schema_version)
  SELECT $1, $2::text, $3::text, $4::json, ${V} WHERE $2::text IS NOT NULL
), appended AS (
  INSERT INTO events (retro_id, seq, body, schema_version)
  SELECT $1, seq, body, ${V} FROM unnest($5::int[], $6::json[]) AS e(seq, body)
), snapshot AS (
  INSERT INTO snapshots (retro_id, version, state, schema_version)
  SELECT $1, $7::int, $8::json, ${V} WHERE $7::int IS NOT NULL
  ON CONFLICT (retro_id) DO UPDATE SET version = excluded.version, state = excluded.state, schema_version = excluded.schema_version
  WHERE excluded.version > snapshots.version
)
UPDATE retros SET updated_at = $9 WHERE id = $1`;

/**
 * The shared store: several Debrief processes given the same DATABASE_URL read and write one
 * PostgreSQL database. Every write is one transaction; an append whose first sequence number is
 * already taken fails with VersionConflictError, which is how a process learns that another one
 * moved the retro on. JSON goes in `json` columns (kept as written, unlike `jsonb`) so what is
 * read back is exactly what was stored.
 */
export class PostgresStore implements RetroStore {
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and brings the schema up to date (under a lock, see postgresSchema.ts). */
  static async open(connectionString: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  async createRetro(record: RetroRecord, initial: RetroState): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('INSERT INTO retros (id, key_hash, created_at, updated_at) VALUES ($1, $2, $3, $3)', [
        record.id,
        record.keyHash,
        record.createdAt,
      ]);
      await client.query(`INSERT INTO snapshots (retro_id, version, state, schema_version) VALUES ($1, $2, $3, ${V})`, [
        record.id,
        initial.version,
        JSON.stringify(initial),
      ]);
    });
  }

  async getRetro(id: string): Promise<RetroRecord | null> {
    const { rows } = await this.pool.query<{ id: string; key_hash: string; created_at: string }>(
      'SELECT id, key_hash, created_at FROM retros WHERE id = $1',
      [id],
    );
    return rows[0] ? { id: rows[0].id, keyHash: rows[0].key_hash, createdAt: rows[0].created_at } : null;
  }

  async load(id: string): Promise<LoadedRetro | null> {
    // One repeatable-read transaction, so the snapshot and the events after it belong together.
    return this.transaction(async (client) => {
      const retro = await client.query<{ id: string; key_hash: string; created_at: string }>(
        'SELECT id, key_hash, created_at FROM retros WHERE id = $1',
        [id],
      );
      const snapshot = await client.query<{ version: number; state: unknown; schema_version: number }>(
        'SELECT version, state, schema_version FROM snapshots WHERE retro_id = $1',
        [id],
      );
      const row = retro.rows[0];
      const snapshotRow = snapshot.rows[0];
      if (!row || !snapshotRow) return null;
      const events = await client.query<{ body: unknown; schema_version: number }>(
        'SELECT body, schema_version FROM events WHERE retro_id = $1 AND seq > $2 ORDER BY seq',
        [id, snapshotRow.version],
      );
      const participants = await client.query<{ participant_id: string }>(
        'SELECT participant_id FROM participants WHERE retro_id = $1',
        [id],
      );
      return {
        record: { id: row.id, keyHash: row.key_hash, createdAt: row.created_at },
        snapshot: upcastSnapshot(snapshotRow.state, snapshotRow.schema_version),
        events: events.rows.map((event) => upcastEvent(event.body, event.schema_version)),
        participantIds: participants.rows.map((participant) => participant.participant_id),
      };
    }, 'ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  async eventsAfter(id: string, version: number): Promise<RetroEvent[]> {
    const { rows } = await this.pool.query<{ body: unknown; schema_version: number }>(
      'SELECT body, schema_version FROM events WHERE retro_id = $1 AND seq > $2 ORDER BY seq',
      [id, version],
    );
    return rows.map((row) => upcastEvent(row.body, row.schema_version));
  }

  async append(batch: AppendBatch): Promise<CommandAck | null> {
    if (this.closed) throw new Error('The store is closed.');
    try {
      // One statement, so one round trip and its own transaction: the answer, the events (unnest
      // pairs each sequence number with its body), the snapshot if any, and the retro's clock.
      await this.pool.query(APPEND, [
        batch.retroId,
        batch.ack?.participantId ?? null,
        batch.ack?.commandId ?? null,
        batch.ack ? JSON.stringify(batch.ack.ack) : null,
        batch.events.map((_, index) => batch.fromVersion + index + 1),
        batch.events.map((event) => JSON.stringify(event)),
        batch.snapshot?.version ?? null,
        batch.snapshot ? JSON.stringify(batch.snapshot) : null,
        new Date().toISOString(),
      ]);
      return null;
    } catch (error) {
      const { code, constraint } = error as { code?: string; constraint?: string };
      if (code !== UNIQUE_VIOLATION) throw error;
      // Either key may be the one reported when both are taken, so a conflict always asks.
      if (batch.ack) {
        const earlier = await this.findAck(batch.retroId, batch.ack.participantId, batch.ack.commandId);
        if (earlier) return earlier;
      }
      if (constraint === 'events_pkey') throw new VersionConflictError(batch.retroId, batch.fromVersion + 1);
      throw error;
    }
  }

  async recordAck(retroId: string, ack: StoredAck): Promise<CommandAck> {
    // The first answer stays: a retry that raced its original never replaces it.
    const { rowCount } = await this.pool.query(`${INSERT_ACK} ON CONFLICT DO NOTHING`, this.ackParams(retroId, ack));
    return rowCount ? ack.ack : ((await this.findAck(retroId, ack.participantId, ack.commandId)) ?? ack.ack);
  }

  async findAck(retroId: string, participantId: string, commandId: string): Promise<CommandAck | null> {
    const { rows } = await this.pool.query<{ ack: unknown; schema_version: number }>(
      'SELECT ack, schema_version FROM command_acks WHERE retro_id = $1 AND participant_id = $2 AND command_id = $3',
      [retroId, participantId, commandId],
    );
    return rows[0] ? upcastAck(rows[0].ack, rows[0].schema_version) : null;
  }

  async recordParticipant(retroId: string, participantId: string): Promise<void> {
    await this.pool.query('INSERT INTO participants (retro_id, participant_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      retroId,
      participantId,
    ]);
  }

  async deleteRetro(id: string, options: { idleBefore?: string } = {}): Promise<boolean> {
    // Events, snapshots, acks and participants go with the retro (ON DELETE CASCADE).
    const result = options.idleBefore
      ? await this.pool.query('DELETE FROM retros WHERE id = $1 AND updated_at < $2', [id, options.idleBefore])
      : await this.pool.query('DELETE FROM retros WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async retrosIdleSince(cutoff: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT id FROM retros WHERE updated_at < $1', [cutoff]);
    return rows.map((row) => row.id);
  }

  /** Waits for the queries under way, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private ackParams(retroId: string, stored: StoredAck): unknown[] {
    return [retroId, stored.participantId, stored.commandId, JSON.stringify(stored.ack)];
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, mode = ''): Promise<T> {
    if (this.closed) throw new Error('The store is closed.');
    const client = await this.pool.connect();
    try {
      await client.query(`BEGIN ${mode}`);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
