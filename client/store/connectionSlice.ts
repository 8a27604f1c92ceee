import type { StateCreator } from 'zustand';
import type { RetroStore } from './store.ts';

/**
 * How this browser is connected to its retro.
 * - connecting: first attempt, nothing received yet
 * - live: connected and in step with the server
 * - reconnecting: lost the connection, Socket.IO is retrying
 * - offline: the browser says it has no network; we wait for it to come back
 * - not_found / forbidden: the retro does not exist, or the facilitator link is wrong (final)
 * - page_outdated / server_outdated: this page and the server speak different protocol
 *   versions; a reload (or the server's upgrade) is needed (final)
 */
export type ConnectionStatus =
  | 'connecting'
  | 'live'
  | 'reconnecting'
  | 'offline'
  | 'not_found'
  | 'forbidden'
  | 'page_outdated'
  | 'server_outdated';

export interface ConnectionSlice {
  retroId: string | null;
  status: ConnectionStatus;
  setRetroId: (retroId: string | null) => void;
  setStatus: (status: ConnectionStatus) => void;
}

export const initialConnectionState = { retroId: null, status: 'connecting' } satisfies Partial<ConnectionSlice>;

export const createConnectionSlice: StateCreator<RetroStore, [], [], ConnectionSlice> = (set) => ({
  ...initialConnectionState,
  setRetroId: (retroId) => set({ retroId }),
  setStatus: (status) => set({ status }),
});
