import { useRetroStore } from '../../store/store.ts';
import { selectIsFacilitator } from '../../store/selectors.ts';
import { gapsBetween, type DisplayCard } from './useDisplayTimeline.ts';
import { TimelineCardItem } from './TimelineCardItem.tsx';

interface TimelineListProps {
  cards: DisplayCard[];
  frozen?: boolean;
}

/** Cards in time order (untimed last), with the gaps between them. */
export function TimelineList({ cards, frozen }: TimelineListProps) {
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const gaps = gapsBetween(cards);
  if (cards.length === 0) return <p className="empty">No cards yet. Start with the first thing anyone noticed.</p>;
  return (
    <ol className="timeline" aria-label="Timeline cards">
      {cards.map((card, index) => (
        <TimelineCardItem key={card.id} card={card} gapMs={gaps[index]} canModerate={isFacilitator} frozen={frozen} />
      ))}
    </ol>
  );
}
