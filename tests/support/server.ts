import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../server/logger.ts';
import { startDebrief, type RunningDebrief, type StartOptions } from '../../server/start.ts';

export interface TestServer extends RunningDebrief {
  dataDir: string;
  /** Every log line the server wrote, as JSON text. */
  logs: string[];
  /** Stops the server and deletes its data directory. */
  dispose(): Promise<void>;
}

/** A real Debrief on port 0 with a real SQLite file in a fresh temporary directory. */
export async function startTestServer(options: StartOptions & { dataDir?: string } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'debrief-test-'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const running = await startDebrief({
    port: 0,
    host: '127.0.0.1',
    logger: createLogger(options.logLevel ?? 'debug', sink),
    ...options,
    dataDir,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await running.close();
  };
  return {
    ...running,
    dataDir,
    logs,
    close,
    async dispose() {
      await close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CreatedRetro {
  id: string;
  facilitatorKey: string;
  joinUrl: string;
  facilitatorUrl: string;
}

export async function createRetro(baseUrl: string, title = 'Checkout outage'): Promise<CreatedRetro> {
  const response = await fetch(`${baseUrl}/api/retros`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create retro: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedRetro;
}
