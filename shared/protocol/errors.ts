import type { z } from 'zod';
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

/** zod's issues as the contract's `issues`: which field, and what is wrong with it. */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
}

/**
 * What an `internal` error says, wherever it comes from: nothing about the cause (that goes to
 * the server's log), only that trying again is the thing to do.
 */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on the server; try again.';

export function commandError(code: ErrorCode, message: string, extra: Partial<CommandError> = {}): CommandError {
  return { code, message, ...extra };
}

/** Error codes whose ack does not use up the command id, so the same id may be retried. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'internal']);
