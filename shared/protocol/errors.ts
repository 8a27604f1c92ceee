import type { Finding } from '../blame/types.ts';

/** The closed set of error codes an ack may carry (CONTRACT: never extended silently). */
export const ERROR_CODES = [
  'invalid',
  'forbidden',
  'not_found',
  'conflict',
  'limit',
  'blame',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of a payload, as zod reports it. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

export interface CommandError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
  findings?: Finding[];
}

export function commandError(code: ErrorCode, message: string, extra: Partial<CommandError> = {}): CommandError {
  return { code, message, ...extra };
}

/** Error codes whose ack does not use up the command id, so the same id may be retried. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'internal']);
