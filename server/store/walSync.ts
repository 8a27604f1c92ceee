import { fdatasync, openSync, closeSync } from 'node:fs';

/**
 * Makes committed transactions durable by flushing SQLite's write-ahead log, off the event loop.
 *
 * The store commits on the main thread with synchronous=NORMAL: the commit writes its frames to
 * the WAL file (into the kernel's page cache) and returns without an fsync. Nobody hears of a
 * write until `durable()` resolves, which waits for an fdatasync of the WAL that began after
 * the commit: from then on the transaction survives a power cut, as with synchronous=FULL. The
 * fdatasync runs in libuv's thread pool, so the event loop keeps serving while the disk works.
 *
 * Group commit: one flush at a time; commits made while one is under way wait for the next,
 * which covers all of them. Under load many commits share one fdatasync.
 *
 * A process that crashes before the flush loses nothing either: the frames are already in the
 * kernel, which writes them out. Only a power cut or a kernel crash can lose a commit whose
 * flush has not finished, and nobody has heard of that commit yet.
 */
export class WalSync {
  private fd: number | null = null;
  /** Waiting for the next flush: committed after the current one began. */
  private next: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  private flushing = false;
  /** The first failed flush: after it, nothing is known to reach the disk (see settle). */
  private failed: Error | null = null;
  /** Flushes started, for tests and diagnostics. */
  flushes = 0;

  constructor(private readonly walFile: string) {}

  /** Resolves once everything committed before this call is on disk. */
  durable(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.next.push({ resolve, reject });
      if (!this.flushing) this.flush();
    });
  }

  /** The failed flush that ended this WAL's durability, if one did. */
  get failure(): Error | null {
    return this.failed;
  }

  close(): void {
    const fd = this.fd;
    this.fd = null;
    if (fd !== null) closeSync(fd);
  }

  private flush(): void {
    const group = this.next;
    this.next = [];
    this.flushing = true;
    this.flushes++;
    let fd: number;
    try {
      // Opened on first use: SQLite creates the WAL with the first transaction. It keeps the
      // same file (it rewinds it after a checkpoint, and deletes it only when the last
      // connection closes, which is the store's own, at shutdown).
      fd = this.fd ??= openSync(this.walFile, 'r');
    } catch (error) {
      this.settle(group, error as Error);
      return;
    }
    fdatasync(fd, (error) => this.settle(group, error));
  }

  private settle(group: typeof this.next, error: Error | null): void {
    this.flushing = false;
    // After a failed fsync the kernel may have dropped the dirty pages and a later fsync may
    // succeed without them: nothing written before is known to be on disk, then or ever. So
    // every write waiting, and every write after, fails.
    if (error) this.failed ??= error;
    for (const waiter of group) {
      if (this.failed) waiter.reject(this.failed);
      else waiter.resolve();
    }
    if (this.next.length > 0) {
      if (this.failed) this.settle(this.next.splice(0), null);
      else this.flush();
    }
  }
}
