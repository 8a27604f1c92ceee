import type { FactorView } from '../../../shared/protocol/view.ts';
import { CategoryBadge } from '../factors/CategoryBadge.tsx';

/** Factors ranked by votes, read-only. */
export function RankedFactors({ factors }: { factors: readonly FactorView[] }) {
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
        </li>
      ))}
    </ol>
  );
}
