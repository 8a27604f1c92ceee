import { useRetroStore } from '../../store/store.ts';
import { selectHidden, selectIsFacilitator, selectSettings } from '../../store/selectors.ts';
import { HiddenCount, nothingVisibleYet } from '../timeline/HiddenCount.tsx';
import { FactorCard } from './FactorCard.tsx';
import { FactorForm } from './FactorForm.tsx';
import { useDisplayFactors } from './useDisplayFactors.ts';

/** Contributing factors: conditions that made the incident possible, hard, surprising or lucky. */
export function FactorsBoard() {
  const factors = useDisplayFactors();
  const hidden = useRetroStore(selectHidden);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const privateWriting = useRetroStore(selectSettings)?.privateWriting ?? false;
  const mergeable = factors.filter((factor) => !factor.pending);
  return (
    <div className="board__body board__body--aside">
      <div className="board__aside">
        <FactorForm />
      </div>
      <section className="board__main" aria-label="Contributing factors">
        <HiddenCount count={hidden.factors} what="factor" reserve={privateWriting} />
        {factors.length === 0 && hidden.factors > 0 ? (
          <p className="empty">{nothingVisibleYet(hidden.factors, 'factor')}</p>
        ) : factors.length === 0 ? (
          <p className="empty">No factors yet. What made this hard? Why were we surprised? Where did we get lucky?</p>
        ) : (
          <ol className="factors" aria-label="Factors">
            {factors.map((factor) => (
              <FactorCard
                key={factor.id}
                factor={factor}
                isFacilitator={isFacilitator}
                others={mergeable.filter((other) => other.id !== factor.id)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
