import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDebrief } from '../../server/start.ts';
import { commitTimings, type CommitTiming } from '../../server/store/sqlite.ts';
import type { DurableWrite } from '../scenario.ts';
import { summarise } from '../stats.ts';
import { serveStats } from './stats.ts';

/** Debrief as the benchmark measures it: the real server, durable SQLite writes included. */
const dataDir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
const running = await startDebrief({ port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn' });

// Where the durable writes' time goes under this load: the floor (bench/fsyncFloor.ts) is the
// disk measured alone; these are the same commits among everything else the machine runs.
const batches: CommitTiming[] = [];
commitTimings.subscribe((timing) => batches.push(timing as CommitTiming));
const of = (pick: (timing: CommitTiming) => number) => summarise(batches.map(pick));
serveStats('debrief', {
  reset: () => (batches.length = 0),
  read: (): { durableWrite: DurableWrite } => ({
    durableWrite: {
      batches: batches.length,
      handOff: of((t) => t.handOffMs),
      commit: of((t) => t.commitMs),
      answer: of((t) => t.answerMs),
      whole: of((t) => t.handOffMs + t.commitMs + t.answerMs),
    },
  }),
});
process.send!({ type: 'ready', url: running.url });
process.on('disconnect', async () => {
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
