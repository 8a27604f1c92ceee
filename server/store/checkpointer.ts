import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * How many commits the WAL may take before it is copied back into the database file. A commit
 * of one change writes three or four pages, so this is close to SQLite's own default of 1,000
 * pages, which the store turns off.
 */
export const CHECKPOINT_EVERY_COMMITS = 250;

interface CheckpointerHooks {
  /** The store may commit again: the WAL is fully copied, so its next commit rewinds it. */
  release: () => void;
  /** The thread is gone; the store must checkpoint on its own from now on. */
  gone: () => void;
}

/**
 * Keeps the WAL from growing without end, off the event loop. A checkpoint copies the WAL's
 * pages into the database file and fsyncs it, milliseconds of work, done on a thread of its own
 * (checkpointWorker.mjs) while the store keeps committing.
 *
 * SQLite rewinds the WAL only when a commit begins with every frame already copied, which never
 * happens while commits keep coming during a checkpoint. So a checkpoint is two rounds: the
 * first copies the bulk while the store commits; the second copies the few commits made
 * meanwhile while the store holds its commits (`holding`), about a millisecond, so the next
 * commit rewinds the WAL. (SQLite's own automatic checkpoint holds commits for the whole copy.)
 */
export class Checkpointer {
  private readonly thread: Worker;
  private commits = 0;
  private round: 'idle' | 'bulk' | 'last' = 'idle';
  private closed = false;

  constructor(file: string, private readonly hooks: CheckpointerHooks) {
    this.thread = new Worker(join(dirname(fileURLToPath(import.meta.url)), 'checkpointWorker.mjs'), { workerData: { file } });
    this.thread.on('message', () => this.roundDone());
    this.thread.on('error', () => this.threadGone());
    this.thread.on('exit', () => this.threadGone());
    // A checkpoint can be cut short at exit: the WAL keeps every frame until it is copied.
    this.thread.unref();
  }

  /** True while the last round runs: the store queues its commits until `release`. */
  get holding(): boolean {
    return this.round === 'last';
  }

  /** Counts a commit, and starts a checkpoint when one is due. */
  committed(): void {
    if (++this.commits < CHECKPOINT_EVERY_COMMITS || this.round !== 'idle' || this.closed) return;
    this.commits = 0;
    this.round = 'bulk';
    this.thread.postMessage({ type: 'checkpoint' });
  }

  /** Stops the thread; the store's own connection checkpoints what is left as it closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.thread.threadId < 0) return;
    const exited = new Promise((resolve) => this.thread.once('exit', resolve));
    this.thread.ref();
    this.thread.postMessage({ type: 'close' });
    await exited;
  }

  private roundDone(): void {
    if (this.round === 'bulk') {
      this.round = 'last';
      // Writes wait for this round: it must keep the process alive until it answers.
      this.thread.ref();
      this.thread.postMessage({ type: 'checkpoint' });
      return;
    }
    this.round = 'idle';
    // Once closing, the thread must keep the process alive until it has exited.
    if (!this.closed) this.thread.unref();
    this.hooks.release();
  }

  private threadGone(): void {
    const wasHolding = this.holding;
    this.round = 'idle';
    if (this.closed) return;
    this.closed = true;
    this.hooks.gone();
    if (wasHolding) this.hooks.release();
  }
}
