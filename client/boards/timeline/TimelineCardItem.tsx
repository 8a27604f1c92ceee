import { useState } from 'react';
import { PendingTag } from '../../ui/PendingTag.tsx';
import { useFocusReturn } from '../../ui/useFocusReturn.ts';
import { sendCommand } from '../../net/index.ts';
import { formatDateTime, formatDuration } from '../../ui/time.ts';
import { MarkerBadge } from './MarkerBadge.tsx';
import type { DisplayCard } from './useDisplayTimeline.ts';
import { TimelineCardForm } from './TimelineCardForm.tsx';

interface TimelineCardItemProps {
  card: DisplayCard;
  /** Time since the previous timed card, shown above this one so quiet stretches stand out. */
  gapMs: number | null;
  /** The facilitator may edit or remove any card (moderation). */
  canModerate: boolean;
  /** In review, cards are frozen. */
  frozen?: boolean;
}

/** Long silences on an incident timeline are worth a look: mark gaps of 15 minutes or more. */
const NOTABLE_GAP_MS = 15 * 60_000;

export function TimelineCardItem({ card, gapMs, canModerate, frozen = false }: TimelineCardItemProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn(editing);
  const canChange = !frozen && card.pending !== 'adding' && (card.mine || canModerate);
  const className = ['timeline-card', card.marker && `timeline-card--marked`, card.pending && 'timeline-card--pending']
    .filter(Boolean)
    .join(' ');
  return (
    <li className="timeline__item" data-testid="timeline-card">
      {gapMs !== null && gapMs > 0 && (
        <p className={gapMs >= NOTABLE_GAP_MS ? 'timeline__gap timeline__gap--notable' : 'timeline__gap'}>
          {formatDuration(gapMs)} later
        </p>
      )}
      <article className={className}>
        <header className="timeline-card__meta">
          <span className="timeline-card__time">{card.at ? <time dateTime={card.at}>{formatDateTime(card.at)}</time> : 'No time'}</span>
          {card.marker && <MarkerBadge marker={card.marker} />}
          {card.private && <span className="tag">Only you can see this</span>}
          {card.mine && !card.private && <span className="tag tag--quiet">Yours</span>}
          {card.pending && <PendingTag kind={card.pending} />}
        </header>
        {editing ? (
          <TimelineCardForm card={card} onDone={() => setEditing(false)} />
        ) : (
          <>
            <p className="timeline-card__text" data-testid="card-text">
              {card.text}
            </p>
            {card.evidenceUrl && (
              <a className="timeline-card__evidence" href={card.evidenceUrl} target="_blank" rel="noreferrer noopener">
                Evidence
              </a>
            )}
            {canChange && (
              <div className="card-actions">
                <button ref={editButton} type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`Edit card: ${card.text}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  aria-label={`Remove card: ${card.text}`}
                  onClick={() => void sendCommand({ type: 'timeline.remove', cardId: card.id })}
                >
                  Remove
                </button>
              </div>
            )}
          </>
        )}
      </article>
    </li>
  );
}
