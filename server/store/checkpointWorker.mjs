// The SQLite checkpointer, on its own thread: it copies the write-ahead log back into the
// database file when the store asks. A checkpoint writes many pages and fsyncs twice; on the
// server's thread that would stall every room for milliseconds, here it stalls nobody. PASSIVE
// never takes the write lock, so the store keeps committing meanwhile.
// Plain JavaScript on purpose: a worker thread starts without the TypeScript loader.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let result;
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    result = { busy: row.busy, log: row.log, checkpointed: row.checkpointed };
  } catch (error) {
    result = { error: String(error.message ?? error) };
  }
  parentPort.postMessage(result);
});
