import { PostgresStore } from './postgres.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, SqliteStore } from './sqlite.ts';
import type { RetroStore } from './types.ts';

export interface StoreConfig {
  /** `postgres://…`: the shared PostgreSQL store. Unset: SQLite under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
}

/**
 * The one place that picks a storage engine. Everything else talks to a RetroStore and never
 * learns which one it got.
 */
export async function createStore(config: StoreConfig): Promise<RetroStore> {
  if (config.databaseUrl) return PostgresStore.open(config.databaseUrl);
  return new SqliteStore(config.dataDir);
}

/** For tools that only read (the CLI export): null when there is no Debrief data to open. */
export async function openExistingStore(config: StoreConfig): Promise<RetroStore | null> {
  if (!config.databaseUrl && !existsSync(join(config.dataDir, DATABASE_FILE))) return null;
  return createStore(config);
}

/** Where the data lives, for messages to a person (never the full URL: it may hold a password). */
export function describeStore(config: StoreConfig): string {
  if (!config.databaseUrl) return config.dataDir;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
