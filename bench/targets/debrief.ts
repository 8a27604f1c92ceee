import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDebrief } from '../../server/start.ts';
import { commitTimings, type CommitTiming } from '../../server/store/sqlite.ts';
import { summariseDurableWrites } from '../durableWrites.ts';
import { serveStats } from './stats.ts';

/** Debrief as the benchmark measures it: the real server, durable SQLite writes included. */
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
const running = await startDebrief({ port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn' });

// Its durable writes are timed over the measured window only: nothing is timed or kept while
// everyone connects, so the memory figures taken then are the server's own.
let timings: CommitTiming[] = [];
const record = (timing: unknown) => timings.push(timing as CommitTiming);
serveStats('debrief', {
  start: () => {
    timings = [];
    commitTimings.subscribe(record);
  },
  stop: () => {
    commitTimings.unsubscribe(record);
    return { durableWrites: summariseDurableWrites(timings) };
  },
});
process.send!({ type: 'ready', url: running.url });
process.on('disconnect', async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
