import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDebrief } from '../../server/start.ts';
import { createBenchDatabase } from './database.ts';
import { serveStats } from './stats.ts';

/**
 * Debrief on PostgreSQL. Alone, it makes (and afterwards drops) a database of its own; as one
 * of several processes (debriefCluster.ts) it is given the shared database, and REDIS_URL.
 */
const shared = process.env.DATABASE_URL;
const database = shared ? null : await createBenchDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
const running = await startDebrief({ port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn', databaseUrl: shared ?? database!.url });
serveStats('debrief');
process.send!({ type: 'ready', url: running.url });
process.on('disconnect', async () => {
  await running.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
