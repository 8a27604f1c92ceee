import { configFromEnv } from './config.ts';
import { createLogger } from './logger.ts';
import { startDebrief } from './start.ts';
import { logUnhandledRejections } from './unhandled.ts';
import { prepareChecker } from '../shared/blame/check.ts';

/** `npm start` / `debrief serve`: run Debrief until SIGINT or SIGTERM. */
export async function serve(): Promise<void> {
  const logger = createLogger(configFromEnv().logLevel);
  logUnhandledRejections(logger);
  // the server checks action items only: compile those rules before taking traffic
  prepareChecker('action');
  const running = await startDebrief({ logger });
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Debrief is running at ${running.url}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
