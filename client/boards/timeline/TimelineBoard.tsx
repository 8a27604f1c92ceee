import { useRetroStore } from '../../store/store.ts';
import { selectHidden, selectSettings } from '../../store/selectors.ts';
import { HiddenCount } from './HiddenCount.tsx';
import { TimelineCardForm } from './TimelineCardForm.tsx';
import { TimelineList } from './TimelineList.tsx';
import { useDisplayTimeline } from './useDisplayTimeline.ts';

/** Timeline: everyone adds what they saw; cards sort themselves by time. */
export function TimelineBoard() {
  const cards = useDisplayTimeline();
  const hidden = useRetroStore(selectHidden);
  const settings = useRetroStore(selectSettings);
  return (
    <div className="board__body board__body--aside">
      <div className="board__aside">
        <TimelineCardForm />
        {settings?.privateWriting && (
          <p className="muted small">Private writing is on: your new cards are visible only to you until the reveal.</p>
        )}
      </div>
      <section className="board__main" aria-label="Timeline">
        <HiddenCount count={hidden.timeline} what="card" reserve={settings?.privateWriting} />
        <TimelineList cards={cards} hidden={hidden.timeline} />
      </section>
    </div>
  );
}
