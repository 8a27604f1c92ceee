import { z } from 'zod';
import type { Actor } from '../../shared/domain/state.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import type { Room } from '../rooms/room.ts';
import { keyMatches, participantIdFor, TOKEN_PATTERN } from '../security.ts';
import type { RetroStore } from '../store/types.ts';

const AuthSchema = z.object({
  retroId: z.string().min(1).max(64),
  token: z.string().regex(TOKEN_PATTERN),
  facilitatorKey: z.string().min(1).max(256).optional(),
});

export type HandshakeResult =
  | { ok: true; room: Room; actor: Actor }
  | { ok: false; code: 'invalid' | 'not_found' | 'forbidden'; message: string };

/**
 * Resolves who is connecting from the handshake's `auth`: the retro, the participant behind
 * the token, and whether they hold the facilitator key. Nothing else identifies a client.
 */
export async function resolveHandshake(auth: unknown, store: RetroStore, rooms: RoomRegistry): Promise<HandshakeResult> {
  const parsed = AuthSchema.safeParse(auth);
  if (!parsed.success) {
    return { ok: false, code: 'invalid', message: 'auth needs a retroId and a token of 22–128 base64url characters' };
  }
  const { retroId, token, facilitatorKey } = parsed.data;
  const record = await store.getRetro(retroId);
  const room = record ? await rooms.get(retroId) : null;
  if (!record || !room) return { ok: false, code: 'not_found', message: 'No retro with that id.' };
  if (facilitatorKey !== undefined && !keyMatches(facilitatorKey, record.keyHash)) {
    return { ok: false, code: 'forbidden', message: 'That facilitator key is not valid for this retro.' };
  }
  const actor: Actor = {
    participantId: participantIdFor(retroId, token),
    role: facilitatorKey !== undefined ? 'facilitator' : 'participant',
  };
  return { ok: true, room, actor };
}
