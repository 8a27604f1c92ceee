import type { FactorView } from '../../../shared/protocol/view.ts';
import { useRetroStore } from '../../store/store.ts';
import { selectActions } from '../../store/selectors.ts';
import { ActionItemCard } from './ActionItemCard.tsx';

interface ActionListProps {
  factors: readonly FactorView[];
  isFacilitator: boolean;
}

export function ActionList({ factors, isFacilitator }: ActionListProps) {
  const actions = useRetroStore(selectActions);
  if (actions.length === 0) return <p className="empty">No action items yet.</p>;
  return (
    <ol className="actions" aria-label="Action items">
      {actions.map((action) => (
        <ActionItemCard key={action.id} action={action} factors={factors} isFacilitator={isFacilitator} />
      ))}
    </ol>
  );
}
