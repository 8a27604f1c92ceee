import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../server/store/sqlite.ts';

/**
 * A second connection to a test server's SQLite file, so a test can look at (or age) what was
 * stored without reaching into the store. WAL mode lets it read and write beside the server.
 */
export function openSqliteFile(dataDir: string): Database.Database {
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  return db;
}
