import { nanoid } from 'nanoid';

/**
 * Random ids from nanoid: URL-safe (`A-Za-z0-9_-`), drawn with `crypto.getRandomValues`, which
 * works outside secure contexts too — a team may well open Debrief over plain http on a LAN (a
 * laptop on a projector, phones in the room), where `crypto.randomUUID` does not exist.
 */

/** At least `bytes` random bytes as base64url characters (6 bits each): 24 bytes give 32. */
export function randomBase64Url(bytes: number): string {
  return nanoid(Math.ceil((bytes * 8) / 6));
}

/** A command id: 22 characters, about 132 random bits, well inside the contract's 1–64. */
export const newCommandId = (): string => nanoid(22);
