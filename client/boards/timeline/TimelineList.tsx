import { useRetroStore } from '../../store/store.ts';
import { selectIsFacilitator } from '../../store/selectors.ts';
import { nothingVisibleYet } from './HiddenCount.tsx';
import { gapsBetween, type DisplayCard } from './useDisplayTimeline.ts';
import { TimelineCardItem } from './TimelineCardItem.tsx';

interface TimelineListProps {
  cards: DisplayCard[];
  frozen?: boolean;
  /** Others' cards still hidden: an empty list then says they exist rather than "no cards". */
  hidden?: number;
}

/** Cards in time order (untimed last), with the gaps between them. */
export function TimelineList({ cards, frozen, hidden = 0 }: TimelineListProps) {
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const gaps = gapsBetween(cards);
  if (cards.length === 0 && hidden > 0) return <p className="empty">{nothingVisibleYet(hidden, 'card')}</p>;
  if (cards.length === 0) return <p className="empty">No cards yet. Start with the first thing anyone noticed.</p>;
  return (
    <ol className="timeline" aria-label="Timeline cards">
      {cards.map((card, index) => (
        <TimelineCardItem key={card.id} card={card} gapMs={gaps[index]} canModerate={isFacilitator} frozen={frozen} />
      ))}
    </ol>
  );
}
