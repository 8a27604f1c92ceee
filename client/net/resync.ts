import { useRetroStore } from '../store/store.ts';
import { ACK_TIMEOUT_MS, liveSocket } from './socket.ts';

let inFlight = false;

/**
 * Asks the server for a fresh snapshot of this viewer's view. Called when a `changes` message
 * skips a version, and as a fallback when a (re)connection brings no snapshot. Only one sync
 * runs at a time; `changes` that arrive meanwhile are dropped as gaps or stale, since the
 * snapshot covers them (Socket.IO keeps messages in order on one connection).
 */
export function resync(): void {
  const socket = liveSocket();
  if (!socket || inFlight) return;
  inFlight = true;
  socket.timeout(ACK_TIMEOUT_MS).emit('sync', {}, (err, answer) => {
    inFlight = false;
    if (err || !answer.ok) {
      // Lost or refused: try again while the connection lives; a reconnect brings a snapshot anyway.
      if (liveSocket()) setTimeout(resync, 1000);
      return;
    }
    const { version, view, serverTime } = answer;
    if (version >= useRetroStore.getState().version) {
      useRetroStore.getState().receiveSnapshot({ version, view, serverTime });
    }
  });
}

/** For tests: forget a sync that will never answer. */
export function resetResync(): void {
  inFlight = false;
}
