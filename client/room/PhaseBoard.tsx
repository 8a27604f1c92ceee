import { useRetroStore } from '../store/store.ts';
import { selectPhase } from '../store/selectors.ts';
import { SetupBoard } from '../boards/setup/SetupBoard.tsx';
import { TimelineBoard } from '../boards/timeline/TimelineBoard.tsx';
import { FactorsBoard } from '../boards/factors/FactorsBoard.tsx';
import { VotingBoard } from '../boards/voting/VotingBoard.tsx';
import { ActionsBoard } from '../boards/actions/ActionsBoard.tsx';
import { ReviewBoard } from '../boards/review/ReviewBoard.tsx';
import { PHASE_LABELS, PHASE_PURPOSE } from '../ui/phaseLabels.ts';

const BOARDS = {
  setup: SetupBoard,
  timeline: TimelineBoard,
  factors: FactorsBoard,
  voting: VotingBoard,
  actions: ActionsBoard,
  review: ReviewBoard,
} as const;

/** One board per phase, under a heading that says what the room is doing now. */
export function PhaseBoard() {
  const phase = useRetroStore(selectPhase);
  const Board = BOARDS[phase];
  return (
    <main className="board" aria-labelledby="phase-heading" data-phase={phase}>
      <div className="board__intro">
        <h2 id="phase-heading" className="board__title">
          {PHASE_LABELS[phase]}
        </h2>
        <p className="board__purpose">{PHASE_PURPOSE[phase]}</p>
      </div>
      <Board />
    </main>
  );
}
