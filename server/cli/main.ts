import { lintCommand } from './lint.ts';
import { exportCommand } from './export.ts';

const USAGE = `Usage: debrief <command>

Commands:
  serve                                   run the Debrief server (same as npm start)
  lint [files… | -] [--format text|json]  check post-mortem text for blame language
  export <retroId> [--format md|json] [--out FILE]
                                          write a retro's post-mortem from DATA_DIR

Configuration comes from the environment: PORT, HOST, DATA_DIR, LOG_LEVEL, PUBLIC_URL,
ALLOWED_ORIGINS, RETENTION_DAYS (see README.md).`;

/** Dispatches a subcommand and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  switch (command) {
    case 'serve': {
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
