import { useRetroStore } from '../../store/store.ts';
import {
  rankFactors,
  selectFactors,
  selectHidden,
  selectIsFacilitator,
  selectMyVotes,
  selectPresence,
  selectSettings,
  selectVotesLeft,
  selectVotesPlaced,
  selectVotesRevealed,
} from '../../store/selectors.ts';
import { useOptimisticView } from '../../store/optimistic.ts';
import { HiddenCount, nothingVisibleYet } from '../timeline/HiddenCount.tsx';
import { VoteRow } from './VoteRow.tsx';

/**
 * Everyone online may vote (the facilitator too), each with the whole budget. Dots of someone
 * who voted and then left still count, so the total never reads as more than all there could be.
 */
function possibleVotes(placed: number, budget: number, online: number): number {
  return Math.max(placed, budget * online);
}

/**
 * Dot voting. While voting is open nobody sees totals — only their own dots and budget, and how
 * many people are done — so early votes do not steer later ones.
 */
export function VotingBoard() {
  const factors = useRetroStore(selectFactors);
  const settings = useRetroStore(selectSettings);
  const presence = useRetroStore(selectPresence);
  const hidden = useRetroStore(selectHidden);
  const revealed = useRetroStore(selectVotesRevealed);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  // My dots and budget count the votes I placed or took back that are still on their way.
  const optimistic = useOptimisticView();
  const serverVotes = useRetroStore(selectMyVotes);
  const serverVotesLeft = useRetroStore(selectVotesLeft);
  const votes = optimistic?.view.me.votes ?? serverVotes;
  const votesLeft = optimistic?.view.me.votesLeft ?? serverVotesLeft;
  const serverPlaced = useRetroStore(selectVotesPlaced);
  const placed = optimistic?.view.votesPlaced ?? serverPlaced;
  const budget = settings?.voteBudget ?? 0;
  const cap = settings?.maxVotesPerFactor ?? 0;
  const shown = revealed ? rankFactors(factors) : factors;
  return (
    <div className="board__body">
      <div className="vote-summary card" data-testid="vote-summary">
        <p>
          <strong data-testid="votes-left">{votesLeft}</strong> of {budget} votes left
        </p>
        <p className="muted">At most {cap} on one factor</p>
        <p data-testid="done-count">
          <strong>{presence.askedReady}</strong> of {presence.asked} done
        </p>
        {isFacilitator && (
          <p data-testid="votes-placed">
            <strong>{placed}</strong> of {possibleVotes(placed, budget, presence.online)} votes placed
          </p>
        )}
      </div>
      <HiddenCount count={hidden.factors} what="factor" />
      {shown.length === 0 ? (
        <p className="empty">{hidden.factors > 0 ? nothingVisibleYet(hidden.factors, 'factor') : 'There are no factors to vote on yet.'}</p>
      ) : (
        <ol className="votes" aria-label="Factors to vote on">
          {shown.map((factor) => (
            <VoteRow key={factor.id} factor={factor} mine={votes[factor.id] ?? 0} votesLeft={votesLeft} cap={cap} showTotal={revealed} />
          ))}
        </ol>
      )}
      <p className="muted small">
        {revealed
          ? 'Voting was reopened: the totals of the first round stay visible, and change as dots move.'
          : 'Totals appear when the facilitator closes voting by moving on.'}
      </p>
    </div>
  );
}
