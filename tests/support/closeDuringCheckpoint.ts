import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../server/store/sqlite.ts';
import { emptyState } from '../../shared/domain/state.ts';

/**
 * Run as a process of its own by sqlite-durability.test.ts: writes until a checkpoint's last
 * round holds the store's commits, closes the store right then, and prints "closed" once the
 * close has finished. A close that let the process run out of work first would print nothing:
 * that is only seen outside the test runner, whose own work keeps every process alive.
 */
const dir = mkdtempSync(join(tmpdir(), 'debrief-close-checkpoint-'));
const store = new SqliteStore(dir);
const checkpointer = (store as unknown as { checkpointer: { holding: boolean } }).checkpointer;
await store.createRetro({ id: 'r', keyHash: 'h', createdAt: '2026-12-01T00:00:00.000Z' }, emptyState('r', 'R', '2026-12-01T00:00:00.000Z'));
let version = 0;
while (!checkpointer.holding) {
  await store.append({ retroId: 'r', fromVersion: version, events: [{ type: 'timer.stopped' }] });
  version++;
  if (version > 5_000) throw new Error('no checkpoint held the commits');
}
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`closed after ${version} changes\n`);
