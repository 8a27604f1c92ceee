import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDebrief } from '../../server/start.ts';
import { serveStats } from './stats.ts';

/** Debrief as the benchmark measures it: the real server, durable SQLite writes included. */
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
const running = await startDebrief({ port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn' });
serveStats('debrief');
process.send!({ type: 'ready', url: running.url });
process.on('disconnect', async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
