import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { applyAll } from '../../shared/domain/apply.ts';
import { configFromEnv } from '../config.ts';
import { describeStore, openExistingStore } from '../store/index.ts';
import { exportRetro } from '../transport/exporting.ts';

interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'Usage: debrief export <retroId> [--format md|json|csv] [--out FILE]';

/**
 * `debrief export`: reads the retro from DATA_DIR and prints the same bytes as the HTTP export.
 * SQLite in WAL mode lets this read while a server is writing to the same file.
 */
export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'md' }, out: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    io.stderr.write(`debrief export: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = parsed.values.format;
  const [retroId, ...extra] = parsed.positionals;
  if (!retroId || extra.length > 0 || (format !== 'md' && format !== 'json' && format !== 'csv')) {
    io.stderr.write(`debrief export: need one retro id and --format md, json or csv\n${USAGE}\n`);
    return 2;
  }
  const config = configFromEnv();
  const dataDir = describeStore(config);
  const store = await openExistingStore(config);
  if (!store) {
    io.stderr.write(`debrief export: no Debrief data in ${dataDir} (set DATA_DIR or DATABASE_URL)\n`);
    return 1;
  }
  try {
    const loaded = await store.load(retroId);
    if (!loaded) {
      io.stderr.write(`debrief export: no retro "${retroId}" in ${dataDir}\n`);
      return 1;
    }
    const exported = exportRetro(applyAll(loaded.snapshot, loaded.events), format, loaded.participantIds.length);
    if (parsed.values.out) await writeFile(parsed.values.out, exported.content);
    else io.stdout.write(exported.content);
    return 0;
  } finally {
    await store.close();
  }
}
