import type pg from 'pg';

/**
 * The PostgreSQL schema, as numbered migrations (the same tables as the SQLite schema in
 * schema.ts). Times are ISO-8601 text, as in SQLite, so they come back exactly as written and
 * compare in time order. JSON is `json`, kept as written.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE retros (
    id         text PRIMARY KEY,
    key_hash   text NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL
  );
  CREATE INDEX retros_updated_at ON retros (updated_at);
  CREATE TABLE events (
    retro_id text    NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    seq      integer NOT NULL,
    body     json    NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (retro_id, seq)
  );
  CREATE TABLE snapshots (
    retro_id text    PRIMARY KEY REFERENCES retros (id) ON DELETE CASCADE,
    version  integer NOT NULL,
    state    json    NOT NULL
  );
  CREATE TABLE command_acks (
    retro_id       text NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    command_id     text NOT NULL,
    ack            json NOT NULL,
    PRIMARY KEY (retro_id, participant_id, command_id)
  );
  CREATE TABLE participants (
    retro_id       text NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    participant_id text NOT NULL,
    PRIMARY KEY (retro_id, participant_id)
  );
  `,
  // What each stored value's shape is (see upcast.ts). Rows from before it are version 1.
  `
  ALTER TABLE events ADD COLUMN schema_version integer NOT NULL DEFAULT 1;
  ALTER TABLE snapshots ADD COLUMN schema_version integer NOT NULL DEFAULT 1;
  ALTER TABLE command_acks ADD COLUMN schema_version integer NOT NULL DEFAULT 1;
  `,
];

/** Any fixed number: every Debrief process takes the same session lock before migrating. */
const MIGRATION_LOCK = 0x64656272; // "debr"

/**
 * Applies the migrations this database lacks. Processes that start at once queue on an advisory
 * lock, so exactly one of them migrates and the others find the work done.
 */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS debrief_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ current: number | null }>('SELECT max(version) AS current FROM debrief_migrations');
      for (let version = rows[0]?.current ?? 0; version < MIGRATIONS.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(MIGRATIONS[version]);
          await client.query('INSERT INTO debrief_migrations (version) VALUES ($1)', [version + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
