import { lazy, Suspense, useState } from 'react';
import { useRetroStore } from '../../store/store.ts';
import { ChunkErrorBoundary } from '../../ui/ChunkErrorBoundary.tsx';
import { selectHidden, selectSettings } from '../../store/selectors.ts';
import { HiddenCount } from './HiddenCount.tsx';
import { TimelineCardForm } from './TimelineCardForm.tsx';
import { TimelineList } from './TimelineList.tsx';
import { useDisplayTimeline } from './useDisplayTimeline.ts';

// Loaded when first opened: the log parsers and time-zone data are not needed to show the board.
const ImportLogDialog = lazy(() => import('./import/ImportLogDialog.tsx').then((module) => ({ default: module.ImportLogDialog })));

/** Timeline: everyone adds what they saw; cards sort themselves by time. */
export function TimelineBoard() {
  const cards = useDisplayTimeline();
  const hidden = useRetroStore(selectHidden);
  const settings = useRetroStore(selectSettings);
  const [importing, setImporting] = useState(false);
  return (
    <div className="board__body board__body--aside">
      <div className="board__aside">
        <TimelineCardForm />
        <button type="button" className="button" onClick={() => setImporting(true)}>
          Import from a log
        </button>
        {importing && (
          <ChunkErrorBoundary>
            <Suspense fallback={<p className="muted small">Opening the import…</p>}>
              <ImportLogDialog onClose={() => setImporting(false)} />
            </Suspense>
          </ChunkErrorBoundary>
        )}
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
