import type { z } from 'zod';

export { issuesOf } from '../../shared/protocol/errors.ts';

/** One readable sentence naming the first problem, e.g. "text: must not be empty". */
export function summarise(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Invalid payload.';
  const field = first.path.filter((part) => typeof part !== 'symbol').join('.');
  return field ? `${field}: ${first.message}` : first.message;
}
