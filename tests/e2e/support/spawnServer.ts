import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface SpawnedServer {
  url: string;
  /** Stops the server (SIGTERM: it says `closing` to its clients, then closes) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs tests/e2e/support/serve.ts in a child process and resolves with its URL once it listens.
 * `port` 0 picks a free port; `dataDir` keeps the retros across a restart (else a temp dir).
 */
export async function spawnServer(options: { port?: number; dataDir?: string } = {}): Promise<SpawnedServer> {
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('../../../', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      E2E_PORT: String(options.port ?? 0),
      ...(options.dataDir ? { E2E_DATA_DIR: options.dataDir } : {}),
    },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The Debrief server did not start within 30 s.')), 30_000);
    child.once('exit', (code) => reject(new Error(`The Debrief server exited early (code ${code}).`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^DEBRIEF_URL=(.+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      } else if (line.trim()) {
        process.stdout.write(`[server] ${line}\n`);
      }
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
