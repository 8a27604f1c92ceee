import { TOKEN_PATTERN } from '../../shared/protocol/messages.ts';
import { randomBase64Url } from './randomId.ts';

/**
 * The anonymous identity: one random token per retro, made once and kept in localStorage, so a
 * reload or a dropped connection is the same participant. It never leaves this browser except
 * in the handshake, and nothing the server sends back identifies it.
 */
const tokenKey = (retroId: string) => `debrief:token:${retroId}`;

/** 192 random bits as 32 base64url characters (the contract asks for at least 128 bits). */
export function participantToken(retroId: string, storage: Storage = localStorage): string {
  const existing = storage.getItem(tokenKey(retroId));
  if (existing && TOKEN_PATTERN.test(existing)) return existing;
  const token = randomBase64Url(24);
  storage.setItem(tokenKey(retroId), token);
  return token;
}

/**
 * The facilitator key rides in the URL fragment (`#key=…`) so it never reaches a server log;
 * we read it from there rather than copying it anywhere else.
 */
export function facilitatorKeyFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key ? key : undefined;
}
