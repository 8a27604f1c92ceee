import { z } from 'zod';
import type { Actor } from '../../shared/domain/state.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { Room } from '../rooms/room.ts';
import { keyMatches, participantIdFor, TOKEN_PATTERN } from '../security.ts';

/**
 * Only the token can make a handshake `invalid` (CONTRACT): a retro id that cannot exist is
 * `not_found`, and any facilitator key that is not the right one is `forbidden`.
 */
const AuthSchema = z.object({
  retroId: z.unknown().optional(),
  token: z.string().regex(TOKEN_PATTERN),
  facilitatorKey: z.unknown().optional(),
});

export type HandshakeResult =
  | { ok: true; room: Room; actor: Actor }
  | { ok: false; code: 'invalid' | 'not_found' | 'forbidden'; message: string };

/**
 * Resolves who is connecting from the handshake's `auth`: the retro, the participant behind
 * the token, and whether they hold the facilitator key. Nothing else identifies a client.
 */
export async function resolveHandshake(auth: unknown, rooms: Pick<RoomRegistry, 'get'>): Promise<HandshakeResult> {
  const parsed = AuthSchema.safeParse(auth);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: 'auth needs a retroId and a token of 22–128 base64url characters' };
  }
  const { retroId, token, facilitatorKey } = parsed.data;
  const room = typeof retroId === 'string' && retroId.length <= 64 ? await rooms.get(retroId) : null;
  if (!room) return { ok: false, code: 'not_found', message: 'No retro with that id.' };
  const claimsKey = facilitatorKey !== undefined;
  if (claimsKey && !(typeof facilitatorKey === 'string' && facilitatorKey.length <= 256 && keyMatches(facilitatorKey, room.keyHash))) {
    return { ok: false, code: 'forbidden', message: 'That facilitator key is not valid for this retro.' };
  }
  const actor: Actor = {
    participantId: participantIdFor(room.id, token),
    role: claimsKey ? 'facilitator' : 'participant',
  };
  return { ok: true, room, actor };
}

/** Whether the client speaks our protocol version (no `protocol` at all: a version-1 client). */
export function protocolSupported(auth: unknown): boolean {
  const protocol = (auth as { protocol?: unknown } | null)?.protocol ?? 1;
  return protocol === PROTOCOL_VERSION;
}
