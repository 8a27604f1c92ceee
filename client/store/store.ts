import { create, type StoreApi } from 'zustand';
import { createConnectionSlice, initialConnectionState, type ConnectionSlice } from './connectionSlice.ts';
import { createNoticeSlice, initialNoticeState, type NoticeSlice } from './noticeSlice.ts';
import { createPendingSlice, initialPendingState, type PendingSlice } from './pendingSlice.ts';
import { createViewSlice, initialViewState, type ViewSlice } from './viewSlice.ts';

/**
 * The one store of the app, built from slices (zustand's slices pattern). Views read it through
 * selectors (selectors.ts); only client/net writes server data into it.
 */
export type RetroStore = ViewSlice & ConnectionSlice & PendingSlice & NoticeSlice;

/** A store of its own: the app has one (useRetroStore); a test may make one per simulated tab. */
export function createRetroStore() {
  return create<RetroStore>()((...args) => ({
    ...createViewSlice(...args),
    ...createConnectionSlice(...args),
    ...createPendingSlice(...args),
    ...createNoticeSlice(...args),
  }));
}

export type RetroStoreApi = StoreApi<RetroStore>;

export const useRetroStore = createRetroStore();

/** Back to a blank store (between tests, or when leaving a retro). Actions are kept. */
export function resetStore(): void {
  useRetroStore.setState({
    ...initialViewState,
    ...initialConnectionState,
    ...initialPendingState,
    ...initialNoticeState,
  });
}
