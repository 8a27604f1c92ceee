import type Database from 'better-sqlite3';

/**
 * The SQLite schema, versioned with `user_version` so later changes can migrate in place.
 * Everything a retro owns cascades from its row, so deleting a retro deletes its history.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE retros (
    id         TEXT PRIMARY KEY,
    key_hash   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX retros_updated_at ON retros (updated_at);
  CREATE TABLE events (
    retro_id TEXT    NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    body     TEXT    NOT NULL,
    PRIMARY KEY (retro_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE snapshots (
    retro_id TEXT    PRIMARY KEY REFERENCES retros (id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    state    TEXT    NOT NULL
  );
  CREATE TABLE command_acks (
    retro_id       TEXT NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    command_id     TEXT NOT NULL,
    ack            TEXT NOT NULL,
    PRIMARY KEY (retro_id, participant_id, command_id)
  ) WITHOUT ROWID;
  `,
  // Who has joined, as server-side participant ids: only ever counted, for the export.
  `
  CREATE TABLE participants (
    retro_id       TEXT NOT NULL REFERENCES retros (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    PRIMARY KEY (retro_id, participant_id)
  ) WITHOUT ROWID;
  `,
  // What each stored value's shape is (see upcast.ts). Rows from before it are version 1.
  `
  ALTER TABLE events ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE snapshots ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE command_acks ADD COLUMN schema_version INTEGER NOT NULL DEFAULT 1;
  `,
];

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
