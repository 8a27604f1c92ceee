import type Database from 'better-sqlite3';

/** One statement of a write. */
export type Statement = { sql: string; params: unknown[] };
/** One write: statements that succeed or fail together. */
export type Write = Statement[];
/** Per write: the rows its statements changed, or the error that stopped it. */
export type WriteResult =
  | { changes: number; error?: undefined }
  | { error: { code: string; message: string; statement?: number } };

/**
 * Commits a batch of writes in one transaction. Each write succeeds or fails on its own (a
 * savepoint); the batch commits once, so under load many commands share one commit and one
 * fsync. Answers, per write, the rows changed by its statements or the error that stopped it,
 * with the index of the failing statement.
 */
export function commitBatch(db: Database.Database, writes: Write[]): WriteResult[] {
  if (writes.length === 1) return [commitAlone(db, writes[0]!)];
  const results: WriteResult[] = [];
  try {
    // IMMEDIATE takes the write lock once, up front: if another connection holds it, the batch
    // waits (or fails) once instead of once per write.
    db.transaction(() => {
      for (const write of writes) {
        const at: At = {};
        try {
          results.push({ changes: db.transaction(() => runStatements(db, write, at))() });
        } catch (error) {
          results.push(failure(error, at.statement));
          // Disk-full and I/O errors roll the whole transaction back; stop, so nothing after
          // this point commits on its own, and let the outer transaction fail as a whole.
          if (!db.inTransaction) throw error;
        }
      }
    }).immediate();
  } catch (error) {
    const failed = failure(error);
    return writes.map(() => failed);
  }
  return results;
}

/**
 * The same for a write committed on its own, the usual case below saturation: its transaction
 * is its savepoint, which saves the SAVEPOINT and RELEASE statements (about a tenth of the
 * commit's CPU). A statement's failure rolls the whole transaction back.
 */
function commitAlone(db: Database.Database, write: Write): WriteResult {
  const at: At = {};
  try {
    return { changes: db.transaction(() => runStatements(db, write, at)).immediate() };
  } catch (error) {
    return failure(error, at.statement);
  }
}

/** Which statement of a write is running; cleared once all have run. */
type At = { statement?: number };

/**
 * Runs a write's statements in order and answers the rows they changed. `at.statement` names the
 * one running, and is cleared once all have run: an error then is the transaction's own (it
 * could not begin or commit), not a statement's. Which statement failed matters to the store: an
 * answer's key taken (the first) is not a version conflict.
 */
function runStatements(db: Database.Database, write: Write, at: At): number {
  let changes = 0;
  for (at.statement = 0; at.statement < write.length; at.statement++) {
    const { sql, params } = write[at.statement]!;
    changes += prepared(db, sql).run(...params).changes;
  }
  at.statement = undefined;
  return changes;
}

/** Prepared statements per connection, by their SQL: a store writes with a handful of them. */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

function failure(error: unknown, statement?: number): WriteResult {
  const { code, message } = error as { code?: string; message?: unknown };
  return { error: { code: code ?? 'ERROR', message: String(message), ...(statement === undefined ? {} : { statement }) } };
}
