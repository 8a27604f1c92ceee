/**
 * Random base64url strings from the Web Crypto API. `crypto.randomUUID` would be simpler but
 * exists only in secure contexts, and a team may well open Debrief over plain http on a LAN
 * (a laptop on a projector, phones in the room); `getRandomValues` works everywhere.
 */
export function randomBase64Url(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let binary = '';
  for (const byte of buffer) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A command id: 128 random bits, well inside the contract's 1–64 characters. */
export const newCommandId = (): string => randomBase64Url(16);
