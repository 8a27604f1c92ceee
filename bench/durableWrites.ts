import type { CommitTiming } from '../server/store/sqlite.ts';
import { summarise, type Summary } from './stats.ts';

/**
 * Debrief's durable writes over the measured window, one sample per batch (the writes of one
 * loop turn) that committed: the wait behind the commit before it, the hand-off to the writer
 * thread, the commit with its fsync, the answer's way back until the event loop read it, and
 * all of it together. The floor (fsyncFloor.ts) is the disk measured alone; these are the same
 * commits among everything else the machine runs.
 */
export interface DurableWriteSummary {
  batches: number;
  /** Batches left out because a write in them failed (a conflict commits nothing). */
  failedBatches: number;
  behindPrevious: Summary;
  handOff: Summary;
  commit: Summary;
  answer: Summary;
  whole: Summary;
}

export function summariseDurableWrites(timings: CommitTiming[]): DurableWriteSummary {
  const committed = timings.filter((timing) => timing.failed === 0);
  const of = (pick: (timing: CommitTiming) => number) => summarise(committed.map(pick));
  return {
    batches: committed.length,
    failedBatches: timings.length - committed.length,
    behindPrevious: of((t) => t.behindPreviousMs),
    handOff: of((t) => t.handOffMs),
    commit: of((t) => t.commitMs),
    answer: of((t) => t.answerMs),
    whole: of((t) => t.behindPreviousMs + t.handOffMs + t.commitMs + t.answerMs),
  };
}
