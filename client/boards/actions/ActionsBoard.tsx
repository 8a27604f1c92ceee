import { useState } from 'react';
import { useRetroStore } from '../../store/store.ts';
import { rankFactors, selectActions, selectFactors, selectIsFacilitator } from '../../store/selectors.ts';
import { ActionList } from './ActionList.tsx';
import { ActionItemForm } from './ActionItemForm.tsx';
import { RankedFactors } from '../review/RankedFactors.tsx';

/** Action items, planned from the top-voted factors; owned by teams and roles, never people. */
export function ActionsBoard() {
  const factors = rankFactors(useRetroStore(selectFactors));
  const actions = useRetroStore(selectActions);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const [linkRequest, setLinkRequest] = useState<{ factorId: string; nonce: number }>();
  return (
    <div className="board__body board__body--aside">
      <div className="board__aside">
        <section aria-labelledby="top-factors-heading">
          <h3 id="top-factors-heading" className="section-title">Top factors</h3>
          <RankedFactors factors={factors} onPlan={(factorId) => setLinkRequest({ factorId, nonce: Date.now() })} />
        </section>
        <ActionItemForm linkRequest={linkRequest} />
      </div>
      <section className="board__main" aria-labelledby="actions-heading">
        <h3 id="actions-heading" className="section-title">Action items ({actions.length})</h3>
        <ActionList factors={factors} isFacilitator={isFacilitator} />
      </section>
    </div>
  );
}
