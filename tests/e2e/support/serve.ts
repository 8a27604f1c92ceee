/**
 * Runs a real Debrief server for the end-to-end tests, in its own process (so its native
 * SQLite module and logs stay out of the test runner). Prints `DEBRIEF_URL=<url>` once
 * listening; closes cleanly on SIGTERM. E2E_PORT (default 0: any free port) and E2E_DATA_DIR
 * (default: a temporary directory, removed on exit) let a test restart a server in place.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDebrief } from '../../../server/start.ts';

const ownDataDir = !process.env.E2E_DATA_DIR;
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
const server = await startDebrief({ port: Number(process.env.E2E_PORT ?? 0), host: '127.0.0.1', dataDir, logLevel: 'warn' });
process.stdout.write(`DEBRIEF_URL=${server.url}\n`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await server.close().catch(() => undefined);
  if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
