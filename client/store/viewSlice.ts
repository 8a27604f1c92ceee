import type { StateCreator } from 'zustand';
import { applyChanges } from '../../shared/protocol/applyChanges.ts';
import type { ChangesMessage, SnapshotMessage } from '../../shared/protocol/messages.ts';
import type { PresenceView, RetroView } from '../../shared/protocol/view.ts';
import { withoutLanded } from './pendingSlice.ts';
import type { RetroStore } from './store.ts';

/** What happened to a `changes` message: folded in, already seen, or a version was missed. */
export type ChangesOutcome = 'applied' | 'stale' | 'gap';

/**
 * The server's view of the retro for this viewer, and the version it is at.
 * Invariant: `view` is exactly the server's projection at `version`; nothing optimistic is
 * folded in here (pending commands live in their own slice and are overlaid by selectors).
 */
export interface ViewSlice {
  view: RetroView | null;
  /** -1 until the first snapshot. */
  version: number;
  /** serverTime − local time, in ms, from the latest message: corrects the timer for skew. */
  clockOffsetMs: number;
  receiveSnapshot: (message: SnapshotMessage, receivedAt?: number) => void;
  receiveChanges: (message: ChangesMessage, receivedAt?: number) => ChangesOutcome;
  receivePresence: (presence: PresenceView) => void;
  receiveReady: (ready: boolean) => void;
}

const offsetFrom = (serverTime: string | undefined, receivedAt: number, previous: number) => {
  const server = serverTime ? Date.parse(serverTime) : Number.NaN;
  return Number.isNaN(server) ? previous : server - receivedAt;
};

export const initialViewState = { view: null, version: -1, clockOffsetMs: 0 } satisfies Partial<ViewSlice>;

export const createViewSlice: StateCreator<RetroStore, [], [], ViewSlice> = (set, get) => ({
  ...initialViewState,
  receiveSnapshot: (message, receivedAt = Date.now()) =>
    set((state) => ({
      view: message.view,
      version: message.version,
      clockOffsetMs: offsetFrom(message.serverTime, receivedAt, state.clockOffsetMs),
      pending: withoutLanded(state.pending, message.version),
    })),
  receiveChanges: (message, receivedAt = Date.now()) => {
    const { view, version, clockOffsetMs, pending } = get();
    // Versions only go up: anything at or below ours is a duplicate (e.g. after a resync).
    if (message.version <= version) return 'stale';
    // Each message is exactly one version on; a jump means we missed one and must resync.
    if (!view || message.version !== version + 1) return 'gap';
    set({
      view: applyChanges(view, message.changes),
      version: message.version,
      clockOffsetMs: offsetFrom(message.serverTime, receivedAt, clockOffsetMs),
      // Accepted commands leave the pending list in the same update that shows their effect.
      pending: withoutLanded(pending, message.version),
    });
    return 'applied';
  },
  receivePresence: (presence) =>
    set((state) => (state.view ? { view: { ...state.view, participants: presence } } : {})),
  receiveReady: (ready) =>
    set((state) => (state.view ? { view: { ...state.view, me: { ...state.view.me, ready } } } : {})),
});
