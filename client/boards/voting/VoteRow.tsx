import type { FactorView } from '../../../shared/protocol/view.ts';
import { sendCommand } from '../../net/index.ts';
import { CategoryBadge } from '../factors/CategoryBadge.tsx';
import { VoteDots } from './VoteDots.tsx';

interface VoteRowProps {
  factor: FactorView;
  mine: number;
  votesLeft: number;
  cap: number;
  /** Totals are shown only once voting has been closed. */
  showTotal: boolean;
}

export function VoteRow({ factor, mine, votesLeft, cap, showTotal }: VoteRowProps) {
  return (
    <li className="vote-row" data-testid="vote-row">
      <div className="vote-row__factor">
        <CategoryBadge category={factor.category} />
        <p className="vote-row__text" data-testid="factor-text">
          {factor.text}
        </p>
      </div>
      {factor.private ? (
        // Nobody else can see it yet, so a vote on it could only be refused: say why instead.
        <p className="vote-row__private muted small" data-testid="vote-private">
          Only you can see this factor until the facilitator reveals it, so it cannot take votes yet.
        </p>
      ) : (
        <div className="vote-row__controls">
          <VoteDots mine={mine} cap={cap} />
          <span className="vote-row__mine" data-testid="my-votes">
            {mine} {mine === 1 ? 'vote' : 'votes'} from you
          </span>
          <button
            type="button"
            className="button button--small"
            aria-label={`Take back a vote from: ${factor.text}`}
            disabled={mine === 0}
            onClick={() => void sendCommand({ type: 'vote.retract', factorId: factor.id })}
          >
            −
          </button>
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={`Vote for: ${factor.text}`}
            disabled={votesLeft === 0 || mine >= cap}
            onClick={() => void sendCommand({ type: 'vote.cast', factorId: factor.id })}
          >
            +
          </button>
          {showTotal && (
            <span className="vote-row__total" data-testid="vote-total">
              {factor.votes} total
            </span>
          )}
        </div>
      )}
    </li>
  );
}
