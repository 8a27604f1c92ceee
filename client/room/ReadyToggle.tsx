import { sendCommand } from '../net/index.ts';
import { useRetroStore } from '../store/store.ts';
import { selectAmReady, usePendingCommands } from '../store/selectors.ts';

/** My readiness, counting a toggle that is still on its way. */
function useMyReadiness(): boolean {
  const ready = useRetroStore(selectAmReady);
  const pending = usePendingCommands('participant.ready');
  return pending.length > 0 ? pending[pending.length - 1].ready : ready;
}

/** "I'm done with this step": feeds the room's done count, which is all anyone sees of it. */
export function ReadyToggle() {
  const ready = useMyReadiness();
  return (
    <button
      type="button"
      className={ready ? 'button button--toggle button--on' : 'button button--toggle'}
      aria-pressed={ready}
      onClick={() => void sendCommand({ type: 'participant.ready', ready: !ready })}
    >
      <span className="toggle-box" aria-hidden="true">
        {ready ? '✓' : ''}
      </span>
      I’m done with this step
    </button>
  );
}
