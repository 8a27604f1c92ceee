import { useMemo } from 'react';
import { useRetroStore } from '../../store/store.ts';
import { selectTimeline, usePendingCommands } from '../../store/selectors.ts';
import { overlayPendingCards, type DisplayCard } from './overlay.ts';

/** The timeline as this person should see it: server cards plus their own unsent changes. */
export function useDisplayTimeline(): DisplayCard[] {
  const cards = useRetroStore(selectTimeline);
  const pending = usePendingCommands('timeline.add', 'timeline.import', 'timeline.edit', 'timeline.remove');
  return useMemo(() => overlayPendingCards(cards, pending), [cards, pending]);
}
