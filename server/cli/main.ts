import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportCommand } from './export.ts';
import { lintCommand } from './lint.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `debrief serve` is `npm start`: build the web app first if it has not been built yet. */
async function ensureClientBuilt(stderr: NodeJS.WritableStream): Promise<void> {
  if (existsSync(join(root, 'dist', 'client', 'index.html'))) return;
  stderr.write('debrief: building the web app (first run)…\n');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'client'), logLevel: 'warn' });
}

const USAGE = `Usage: debrief <command>

Commands:
  serve                                   run the Debrief server (same as npm start)
  lint [files… | -] [--format text|json]  check post-mortem text for blame language
  export <retroId> [--format md|json|csv] [--out FILE]
                                          write a retro's post-mortem (csv: its action
                                          items, for trackers) from DATA_DIR

Configuration comes from the environment: PORT, HOST, DATA_DIR, LOG_LEVEL, PUBLIC_URL,
ALLOWED_ORIGINS, RETENTION_DAYS (see README.md).`;

/** Dispatches a subcommand and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case 'serve': {
      await ensureClientBuilt(io.stderr);
      const { serve } = await import('../main.ts');
      await serve();
      // Keep running: the server closes itself on SIGINT/SIGTERM.
      return new Promise<number>(() => {});
    }
    case 'lint':
      return lintCommand(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`debrief: unknown command "${command}"\n\n${USAGE}\n`);
      return 2;
  }
}
