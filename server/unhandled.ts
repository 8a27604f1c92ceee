import type { Logger } from './logger.ts';

/**
 * Node ends the process on a rejection nobody handled, without a line in the structured log.
 * The server's work is per room and per request, each with its own error handling, so a
 * rejection that gets past all of them is a bug to log and fix, not a reason to drop every
 * retro in progress. Installed once, by the process entry point (never by startDebrief, which
 * tests call many times in one process).
 */
export function logUnhandledRejections(logger: Logger, target: Pick<NodeJS.Process, 'on'> = process): void {
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled rejection');
  });
}
