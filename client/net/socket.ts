import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '../../shared/protocol/messages.ts';
import type { RetroStoreApi } from '../store/store.ts';

export type { ExportAck } from '../../shared/protocol/messages.ts';
export type ExportFormat = Parameters<ClientToServerEvents['export']>[0]['format'];

export type RetroSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One connection's shared state, owned by its Connection (connection.ts) and handed to the
 * parts of net that need it, so two connections in one page (or test) never share anything.
 * `generation` goes up with every (re)connection, so a late callback from an older connection
 * can tell it is stale.
 */
export interface Link {
  store: RetroStoreApi;
  socket: RetroSocket | null;
  generation: number;
  /** A sync is on its way; only one runs at a time. */
  syncing: boolean;
}

/**
 * How the web app opens its socket. The retro id also rides in the connection URL
 * (`?retro=<id>`), where a proxy in front of several processes can read it and send all of a
 * retro's people to one process (README, "Several processes"); the server itself reads only
 * `auth`. WebSocket only, so no proxy needs sticky sessions.
 */
export function socketOptions(auth: HandshakeAuth): Partial<ManagerOptions & SocketOptions> {
  return { auth, query: { retro: auth.retroId }, transports: ['websocket'], reconnectionDelayMax: 5000, autoConnect: false };
}

/** How long to wait for an ack before treating the message as lost (it stays pending). */
export const ACK_TIMEOUT_MS = 8000;

export function liveSocket(link: Link): RetroSocket | null {
  return link.socket?.connected ? link.socket : null;
}
