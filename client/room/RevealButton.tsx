import { sendCommand } from '../net/index.ts';
import { useRetroStore } from '../store/store.ts';
import { selectHidden, selectSettings } from '../store/selectors.ts';

/**
 * Reveals every hidden card. The facilitator cannot see hidden cards either (private writing
 * hides them from everyone but their author), so the button shows only how many there are.
 */
export function RevealButton() {
  const hidden = useRetroStore(selectHidden);
  const settings = useRetroStore(selectSettings);
  const count = hidden.timeline + hidden.factors;
  if (!settings?.privateWriting && count === 0) return null;
  return (
    <button
      type="button"
      className="button"
      disabled={count === 0}
      onClick={() => void sendCommand({ type: 'cards.reveal' })}
    >
      Reveal cards{count > 0 ? ` (${count} hidden)` : ''}
    </button>
  );
}
