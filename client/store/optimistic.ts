import { useMemo } from 'react';
import { optimisticView, type OptimisticView, type PendingMark } from '../../shared/domain/optimistic.ts';
import type { FactorView, TimelineCardView } from '../../shared/protocol/view.ts';
import { useRetroStore } from './store.ts';

export type { PendingMark };

/** A card or factor as the boards show it: the server's, or changed by a command of mine still on its way. */
export type WithPending<T> = T & { pending?: PendingMark };
export type DisplayCard = WithPending<TimelineCardView>;
export type DisplayFactor = WithPending<FactorView>;

/**
 * My view with my pending commands laid over it by the shared rules (shared/domain/optimistic.ts),
 * so what I typed shows at once, also offline, and as the server will show it. Null before the
 * first snapshot.
 */
export function useOptimisticView(): OptimisticView | null {
  const view = useRetroStore((s) => s.view);
  const version = useRetroStore((s) => s.version);
  const pending = useRetroStore((s) => s.pending);
  return useMemo(
    () => (view ? optimisticView(view, version, pending.map((entry) => entry.command)) : null),
    [view, version, pending],
  );
}

export function withMarks<T extends { id: string }>(items: readonly T[], marks: ReadonlyMap<string, PendingMark>): WithPending<T>[] {
  if (marks.size === 0) return items as WithPending<T>[];
  return items.map((item) => (marks.has(item.id) ? { ...item, pending: marks.get(item.id) } : item));
}
