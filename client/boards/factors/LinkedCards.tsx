import { useRetroStore } from '../../store/store.ts';
import { selectTimeline } from '../../store/selectors.ts';
import { formatTime } from '../../ui/time.ts';

/** The timeline cards a factor points at, as short quotes. */
export function LinkedCards({ ids }: { ids: readonly string[] }) {
  const timeline = useRetroStore(selectTimeline);
  const linked = timeline.filter((card) => ids.includes(card.id));
  if (linked.length === 0) return null;
  return (
    <ul className="linked-cards" aria-label="Linked timeline cards">
      {linked.map((card) => (
        <li key={card.id}>
          {card.at && <time dateTime={card.at}>{formatTime(card.at)}</time>} {card.text}
        </li>
      ))}
    </ul>
  );
}
