// The SQLite writer, on its own thread: it runs each batch of writes in one transaction and
// commits it with a full fsync, so durable writes never block the server's event loop.
// Plain JavaScript on purpose: a worker thread starts without the TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

/** @type {Map<string, import('better-sqlite3').Statement>} */
const statements = new Map();
const prepared = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};

/**
 * A batch is a list of writes; a write is a list of `{ sql, params }`. Each write succeeds or
 * fails on its own (a savepoint); the batch commits once. Answers, per write, the rows changed
 * by its statements or the error that stopped it, with the index of the failing statement.
 */
function commit(writes) {
  if (writes.length === 1) return [commitAlone(writes[0])];
  const results = [];
  try {
    // IMMEDIATE takes the write lock once, up front: if another process holds it, the batch
    // waits (or fails) once instead of once per write.
    db.transaction(() => {
      for (const write of writes) {
        const at = {};
        try {
          results.push({ changes: db.transaction(() => runStatements(write, at))() });
        } catch (error) {
          results.push({ error: { code: error.code ?? 'ERROR', message: String(error.message), statement: at.statement } });
          // Disk-full and I/O errors roll the whole transaction back; stop, so nothing after
          // this point commits on its own, and let the outer transaction fail as a whole.
          if (!db.inTransaction) throw error;
        }
      }
    }).immediate();
  } catch (error) {
    const failure = { error: { code: error.code ?? 'ERROR', message: String(error.message) } };
    return writes.map(() => failure);
  }
  return results;
}

/**
 * The same for a write committed on its own, the usual case below saturation: its transaction
 * is its savepoint, which saves the SAVEPOINT and RELEASE statements (about a tenth of the
 * commit's CPU). A statement's failure rolls the whole transaction back.
 */
function commitAlone(write) {
  const at = {};
  try {
    const changes = db.transaction(() => runStatements(write, at)).immediate();
    return { changes };
  } catch (error) {
    return { error: { code: error.code ?? 'ERROR', message: String(error.message), statement: at.statement } };
  }
}

/**
 * Runs a write's statements in order and answers the rows they changed. `at.statement` names the
 * one running, and is cleared once all have run: an error then is the transaction's own (it
 * could not begin or commit), not a statement's. Which statement failed matters to the store: an
 * answer's key taken (the first) is not a version conflict.
 */
function runStatements(write, at) {
  let changes = 0;
  for (at.statement = 0; at.statement < write.length; at.statement++) {
    changes += prepared(write[at.statement].sql).run(...write[at.statement].params).changes;
  }
  at.statement = undefined;
  return changes;
}

/**
 * Batches arrive as soon as the server has queued them, also while a commit is under way; they
 * wait in the port meanwhile. Taking every waiting batch at once and committing them together
 * keeps the group commit (one fsync for all of them) without a round trip to the main thread
 * between two commits: the next commit starts the moment the last one is on disk, even when
 * the main thread is busy sending changes. One reply answers every batch of the commit.
 */
function waitingBatches(first) {
  const batches = [first];
  let closeAfter = false;
  for (let next = receiveMessageOnPort(parentPort); next; next = receiveMessageOnPort(parentPort)) {
    if (next.message.type === 'close') closeAfter = true;
    else batches.push(next.message);
  }
  return { batches, closeAfter };
}

function close() {
  db.close();
  parentPort.close();
}

/** When the last commit ended; a batch that came in before it waited for that commit. */
let lastCommitEndedAt = 0;

parentPort.on('message', (message) => {
  if (message.type === 'close') return close();
  const { batches, closeAfter } = waitingBatches(message);
  // Times on the process's monotonic clock (the same on every thread, unlike performance.now()),
  // from which the store tells a write's wait behind the previous commit, its way to this
  // thread, its commit, and its way back (commitTimings in sqlite.ts). Always taken, so the
  // previous commit's end is known; sent only with the batches the store is timing.
  const previousCommitEndedAt = lastCommitEndedAt;
  const commitStartedAt = Number(process.hrtime.bigint()) / 1e6;
  const results = commit(batches.flatMap((batch) => batch.writes));
  const commitEndedAt = (lastCommitEndedAt = Number(process.hrtime.bigint()) / 1e6);
  let from = 0;
  const times = { previousCommitEndedAt, commitStartedAt, commitEndedAt };
  const replies = batches.map((batch) => ({
    id: batch.id,
    results: results.slice(from, (from += batch.writes.length)),
    ...(batch.timed ? { times } : {}),
  }));
  parentPort.postMessage(replies);
  if (closeAfter) close();
});
