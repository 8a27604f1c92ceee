import { useRetroStore } from '../../store/store.ts';
import { rankFactors, selectActions, selectFactors, selectIsFacilitator, selectPresence, selectRetro, selectTimeline } from '../../store/selectors.ts';
import { ActionList } from '../actions/ActionList.tsx';
import { RetroSummary } from '../setup/RetroSummary.tsx';
import { KeyMomentsPanel } from './KeyMomentsPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { RankedFactors } from './RankedFactors.tsx';
import { WordingReview } from './WordingReview.tsx';

/**
 * Review: read-only summary, key moments, ranked factors, action items (whose status stays
 * editable for follow-up), and the export.
 */
export function ReviewBoard() {
  const retro = useRetroStore(selectRetro);
  const timeline = useRetroStore(selectTimeline);
  const factors = rankFactors(useRetroStore(selectFactors));
  const actions = useRetroStore(selectActions);
  const presence = useRetroStore(selectPresence);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  if (!retro) return null;
  return (
    <div className="board__body">
      <div className="review-grid">
        <RetroSummary retro={retro} />
        <KeyMomentsPanel />
      </div>
      <ul className="metrics" aria-label="Counts">
        <li><strong>{timeline.length}</strong> timeline cards</li>
        <li><strong>{factors.length}</strong> contributing factors</li>
        <li><strong>{factors.reduce((sum, f) => sum + (f.votes ?? 0), 0)}</strong> votes</li>
        <li><strong>{actions.length}</strong> action items</li>
        <li><strong>{presence.online}</strong> online now</li>
      </ul>
      <div className="review-grid">
        <section aria-labelledby="review-factors-heading">
          <h3 id="review-factors-heading" className="section-title">Contributing factors, by votes</h3>
          <RankedFactors factors={factors} />
        </section>
        <section aria-labelledby="review-actions-heading">
          <h3 id="review-actions-heading" className="section-title">Action items</h3>
          <ActionList factors={factors} isFacilitator={isFacilitator} />
        </section>
      </div>
      <WordingReview />
      <ExportPanel />
    </div>
  );
}
