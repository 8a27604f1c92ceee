import { ACK_TIMEOUT_MS, liveSocket, type Link } from './socket.ts';

/**
 * Asks the server for a fresh snapshot of this viewer's view. Called when a `changes` message
 * skips a version, and as a fallback when a (re)connection brings no snapshot. Only one sync
 * runs at a time; `changes` that arrive meanwhile are dropped as gaps or stale, since the
 * snapshot covers them (Socket.IO keeps messages in order on one connection).
 */
export function resync(link: Link): void {
  const socket = liveSocket(link);
  if (!socket || link.syncing) return;
  link.syncing = true;
  socket.timeout(ACK_TIMEOUT_MS).emit('sync', {}, (err, answer) => {
    link.syncing = false;
    if (err || !answer.ok) {
      // Lost or refused: try again while the connection lives; a reconnect brings a snapshot anyway.
      if (liveSocket(link)) setTimeout(() => resync(link), 1000);
      return;
    }
    const { version, view, serverTime } = answer;
    if (version >= link.store.getState().version) {
      link.store.getState().receiveSnapshot({ version, view, serverTime });
    }
  });
}
