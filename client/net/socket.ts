import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/messages.ts';

export type { ExportAck } from '../../shared/protocol/messages.ts';
export type ExportFormat = Parameters<ClientToServerEvents['export']>[0]['format'];

export type RetroSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one live socket, held here so the rest of net can reach it without passing it around.
 * `generation` goes up with every (re)connection, so a late callback from an older connection
 * can tell it is stale.
 */
export const link: { socket: RetroSocket | null; generation: number } = { socket: null, generation: 0 };

/** How long to wait for an ack before treating the message as lost (it stays pending). */
export const ACK_TIMEOUT_MS = 8000;

export function liveSocket(): RetroSocket | null {
  return link.socket?.connected ? link.socket : null;
}
