import { PHASES } from '../../shared/domain/values.ts';
import { useRetroStore } from '../store/store.ts';
import { selectPhase } from '../store/selectors.ts';
import { PHASE_LABELS } from '../ui/phaseLabels.ts';
import { useMoveToPhase } from './useMoveToPhase.tsx';
import { describeUnrevealed, useUnrevealed } from './useUnrevealed.ts';

/** Previous and next phase; going back is allowed (votes stay, totals stay visible). */
export function PhaseNav() {
  const phase = useRetroStore(selectPhase);
  const index = PHASES.indexOf(phase);
  const previous = index > 0 ? PHASES[index - 1] : null;
  const next = index < PHASES.length - 1 ? PHASES[index + 1] : null;
  const unrevealed = useUnrevealed();
  const { moveTo, dialog } = useMoveToPhase();
  return (
    <div className="phase-nav" role="group" aria-label="Change phase">
      <button
        type="button"
        className="button"
        disabled={!previous}
        onClick={() => previous && moveTo(previous)}
      >
        ← {previous ? PHASE_LABELS[previous] : 'Previous'}
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={!next}
        onClick={() => next && moveTo(next)}
      >
        {next ? `Next: ${PHASE_LABELS[next]}` : 'Last phase'} →
      </button>
      {next && unrevealed.total > 0 && (
        <p className="muted small phase-nav__note">
          {describeUnrevealed(unrevealed)} still hidden from the room: reveal before moving on, or they stay private.
        </p>
      )}
      {dialog}
    </div>
  );
}
