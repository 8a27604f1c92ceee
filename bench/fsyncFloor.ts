import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarise, type Summary } from './stats.ts';

/**
 * The floor that durability sets on this machine: how long one committed, fsynced SQLite
 * transaction takes (WAL, synchronous=FULL, as the store's writer commits), and how long one
 * transaction carrying a group of writes takes (as group commit sends them under load). No
 * change can reach anyone faster than this, so Debrief's latency is also reported above it.
 */
export interface FsyncFloor {
  /** One transaction with one event-sized insert, committed and fsynced. */
  single: Summary;
  /** One transaction with `groupSize` inserts, committed and fsynced once. */
  group: Summary;
  groupSize: number;
}

export function measureFsyncFloor(runs = 200, groupSize = 20): FsyncFloor {
  // The same directory the bench's Debrief server writes to: the same disk.
  const dir = mkdtempSync(join(tmpdir(), 'debrief-fsync-'));
  const db = new Database(join(dir, 'floor.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE events (retro_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (retro_id, seq))');
    const insert = db.prepare('INSERT INTO events (retro_id, seq, body) VALUES (?, ?, ?)');
    const body = JSON.stringify({ type: 'timeline.added', card: { id: 'x'.repeat(21), text: 'Checkout error rate rose to 12% after the deploy' } });
    let seq = 0;
    const commitOf = (writes: number) =>
      db.transaction(() => {
        for (let i = 0; i < writes; i++) insert.run('floor', ++seq, body);
      });
    const timed = (writes: number) => {
      const commit = commitOf(writes);
      commit.immediate(); // warm-up: the file grows, the statement is compiled
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        commit.immediate();
        samples.push(performance.now() - start);
      }
      return summarise(samples);
    };
    return { single: timed(1), group: timed(groupSize), groupSize };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
