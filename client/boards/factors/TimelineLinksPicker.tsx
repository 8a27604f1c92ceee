import { useId } from 'react';
import { useRetroStore } from '../../store/store.ts';
import { selectTimeline } from '../../store/selectors.ts';
import { formatTime } from '../../ui/time.ts';

interface TimelineLinksPickerProps {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Which timeline cards a factor explains; folded away so the form stays short on a phone. */
export function TimelineLinksPicker({ selected, onChange }: TimelineLinksPickerProps) {
  const cards = useRetroStore(selectTimeline);
  const base = useId();
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <details className="links-picker">
      <summary>Link timeline cards ({selected.length} linked)</summary>
      {cards.length === 0 ? (
        <p className="muted small">No timeline cards to link yet.</p>
      ) : (
        <ul className="links-picker__list">
          {cards.map((card) => (
            <li key={card.id} className="checkbox-field">
              <input
                id={`${base}-${card.id}`}
                type="checkbox"
                checked={selected.includes(card.id)}
                onChange={(e) => toggle(card.id, e.target.checked)}
              />
              <label htmlFor={`${base}-${card.id}`}>
                {card.at && <span className="muted">{formatTime(card.at)} · </span>}
                {card.text}
              </label>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
