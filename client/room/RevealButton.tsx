import { sendCommand } from '../net/index.ts';
import { useRetroStore } from '../store/store.ts';
import { selectSettings } from '../store/selectors.ts';
import { useUnrevealed } from './useUnrevealed.ts';

/**
 * Reveals every hidden card. The facilitator cannot see hidden cards either (private writing
 * hides them from everyone but their author), so the button shows only how many there are.
 */
export function RevealButton() {
  const settings = useRetroStore(selectSettings);
  // The facilitator's own private cards count too: the reveal shows them to the room as well.
  const count = useUnrevealed().total;
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
