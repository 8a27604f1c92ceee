import type { StateCreator } from 'zustand';
import type { CommandInput } from '../../shared/protocol/commands.ts';
import type { RetroStore } from './store.ts';

/**
 * A command the server has not acknowledged yet. It keeps its id for life: the server applies
 * a command id once, so re-sending after a timeout or reconnect can never double it.
 */
export interface PendingCommand {
  command: CommandInput;
  queuedAt: number;
  /**
   * Set once the server accepted it: the version whose change carries it. The entry stays
   * (shown as pending) until the view reaches that version, so an accepted card never
   * blinks out between the ack and the `changes` message that brings it.
   */
  landsAt?: number;
}

/** Entries whose change is part of a view at `version`. */
export function withoutLanded(pending: PendingCommand[], version: number): PendingCommand[] {
  const kept = pending.filter((p) => p.landsAt === undefined || p.landsAt > version);
  return kept.length === pending.length ? pending : kept;
}

export interface PendingSlice {
  /** In the order they were made; sent (and re-sent) in this order. */
  pending: PendingCommand[];
  enqueue: (entry: PendingCommand) => void;
  /** Drops a command once its ack arrived (ok, or an error that used the id up). */
  settle: (commandId: string) => void;
  markLanding: (commandId: string, version: number) => void;
  restorePending: (entries: PendingCommand[]) => void;
}

export const initialPendingState = { pending: [] as PendingCommand[] } satisfies Partial<PendingSlice>;

export const createPendingSlice: StateCreator<RetroStore, [], [], PendingSlice> = (set) => ({
  ...initialPendingState,
  enqueue: (entry) =>
    set((state) =>
      state.pending.some((p) => p.command.id === entry.command.id) ? {} : { pending: [...state.pending, entry] },
    ),
  settle: (commandId) => set((state) => ({ pending: state.pending.filter((p) => p.command.id !== commandId) })),
  markLanding: (commandId, version) =>
    set((state) => ({
      pending: state.pending.map((p) => (p.command.id === commandId ? { ...p, landsAt: version } : p)),
    })),
  restorePending: (entries) => set({ pending: entries }),
});
