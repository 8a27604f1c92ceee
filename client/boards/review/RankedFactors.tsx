import type { FactorView } from '../../../shared/protocol/view.ts';
import { CategoryBadge } from '../factors/CategoryBadge.tsx';

interface RankedFactorsProps {
  factors: readonly FactorView[];
  /** In the action-items phase each factor offers to plan an action from it; in review, not. */
  onPlan?: (factorId: string) => void;
}

/** The factors ranked by votes: where action items come from. */
export function RankedFactors({ factors, onPlan }: RankedFactorsProps) {
  if (factors.length === 0) return <p className="empty">No contributing factors were recorded.</p>;
  return (
    <ol className="top-factors" aria-label="Factors ranked by votes">
      {factors.map((factor) => (
        <li key={factor.id} className="top-factor" data-testid="ranked-factor">
          <span className="top-factor__votes" aria-label={`${factor.votes ?? 0} votes`}>{factor.votes ?? '–'}</span>
          <div className="top-factor__body">
            <CategoryBadge category={factor.category} />
            <p className="top-factor__text">{factor.text}</p>
          </div>
          {onPlan && (
            <button type="button" className="button button--small" aria-label={`Plan an action for: ${factor.text}`} onClick={() => onPlan(factor.id)}>
              Plan an action
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
