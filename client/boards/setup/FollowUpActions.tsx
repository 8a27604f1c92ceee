import { selectActions, selectIsFacilitator } from '../../store/selectors.ts';
import { useRetroStore } from '../../store/store.ts';
import { ActionItemCard } from '../actions/ActionItemCard.tsx';

const NO_FACTORS: never[] = [];

/**
 * "Follow-up on earlier actions": in a retro that follows up on an earlier one, the action items
 * that were still open there. The team looks at them first and updates where each stands.
 */
export function FollowUpActions() {
  const actions = useRetroStore(selectActions);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  const carried = actions.filter((action) => action.carriedFrom);
  if (carried.length === 0) return null;
  return (
    <section className="card follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow-up on earlier actions</h2>
      <p className="muted small">
        Still open when this retro began. Where does each stand? {isFacilitator ? 'Set its status here.' : 'The facilitator records it.'}
      </p>
      <ol className="actions" aria-label="Earlier action items">
        {carried.map((action) => (
          <ActionItemCard key={action.id} action={action} factors={NO_FACTORS} isFacilitator={isFacilitator} />
        ))}
      </ol>
    </section>
  );
}
