import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { customAlphabet } from 'nanoid';

/**
 * Secrets and identities. Facilitator keys carry 256 random bits and are stored only as a
 * SHA-256 hash (a slow hash adds nothing for a key this random). Participants are known to
 * the server by a hash of their token, so the token itself is never stored or logged.
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Retro ids: 22 characters of a 62-letter alphabet, about 131 random bits. */
export const newRetroId = customAlphabet(ALPHABET, 22);
/** Card, factor and action ids: random, so they say nothing about who made them. */
export const newEntityId = customAlphabet(ALPHABET, 16);

export function newFacilitatorKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(presented));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export { TOKEN_PATTERN } from '../shared/protocol/messages.ts';

/** The server-side participant id: stable per (retro, token), reveals neither. */
export function participantIdFor(retroId: string, token: string): string {
  return createHash('sha256').update(`${retroId}\u0000${token}`).digest('base64url').slice(0, 22);
}
