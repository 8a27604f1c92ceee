import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured logs. Card text, tokens and keys never belong in a log line: callers log ids,
 * types and codes only, and the redaction below is a second line of defence.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', 'facilitatorKey', 'key', 'auth', 'text', '*.token', '*.facilitatorKey', '*.authorization', 'req.headers.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type { Logger };
