import type { PendingCommand } from '../store/pendingSlice.ts';

/**
 * Pending commands are mirrored into localStorage per retro, so a reload while offline loses
 * nothing: the next page load restores them and sends them with their original ids, which the
 * server applies at most once.
 */
const pendingKey = (retroId: string) => `debrief:pending:${retroId}`;

export function loadPending(retroId: string, storage: Storage = localStorage): PendingCommand[] {
  try {
    const raw = storage.getItem(pendingKey(retroId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is PendingCommand =>
        typeof entry === 'object' && entry !== null && typeof entry.command?.id === 'string' && typeof entry.command?.type === 'string',
    );
  } catch {
    return [];
  }
}

export function savePending(retroId: string, pending: readonly PendingCommand[], storage: Storage = localStorage): void {
  try {
    if (pending.length === 0) storage.removeItem(pendingKey(retroId));
    else storage.setItem(pendingKey(retroId), JSON.stringify(pending));
  } catch {
    // Storage full or disabled (private mode): the commands still live in memory.
  }
}
