import type { StateCreator } from 'zustand';
import type { RetroStore } from './store.ts';

/** A short message for the person at this screen, e.g. a command the server refused. */
export interface Notice {
  id: number;
  message: string;
  /** Text the person typed that did not make it, so nothing is silently lost. */
  detail?: string;
  /** Notices with the same key are the same news: a repeat replaces the earlier one. */
  key: string;
}

export interface NoticeSlice {
  notices: Notice[];
  /** `key` defaults to the message and detail, so the same refusal twice shows once. */
  notify: (message: string, detail?: string, key?: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const initialNoticeState = { notices: [] as Notice[] } satisfies Partial<NoticeSlice>;

export const createNoticeSlice: StateCreator<RetroStore, [], [], NoticeSlice> = (set) => ({
  ...initialNoticeState,
  notify: (message, detail, key = `${message}\n${detail ?? ''}`) =>
    set((state) => ({
      notices: [...state.notices.filter((n) => n.key !== key).slice(-4), { id: nextNoticeId++, message, detail, key }],
    })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
