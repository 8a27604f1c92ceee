import type { z } from 'zod';
import type { Issue } from '../../shared/protocol/errors.ts';

/** zod's issues as the contract's `issues`: which field, and what is wrong with it. */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
}

/** One readable sentence naming the first problem, e.g. "text: must not be empty". */
export function summarise(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Invalid payload.';
  const field = first.path.filter((part) => typeof part !== 'symbol').join('.');
  return field ? `${field}: ${first.message}` : first.message;
}
