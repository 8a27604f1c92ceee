import { useMemo } from 'react';
import { useOptimisticView, withMarks, type DisplayCard } from '../../store/optimistic.ts';

export type { DisplayCard };

const NO_CARDS: DisplayCard[] = [];

/** The timeline as this person should see it: server cards plus their own unsent changes. */
export function useDisplayTimeline(): DisplayCard[] {
  const optimistic = useOptimisticView();
  return useMemo(() => (optimistic ? withMarks(optimistic.view.timeline, optimistic.marks) : NO_CARDS), [optimistic]);
}

/** Milliseconds between each timed card and the timed card before it (null when unknown). */
export function gapsBetween(cards: readonly { at: string | null }[]): (number | null)[] {
  let previous: string | null = null;
  return cards.map((card) => {
    const gap = card.at && previous ? Date.parse(card.at) - Date.parse(previous) : null;
    if (card.at) previous = card.at;
    return gap;
  });
}
