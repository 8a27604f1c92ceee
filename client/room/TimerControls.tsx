import { sendCommand } from '../net/index.ts';
import { useRetroStore } from '../store/store.ts';
import { selectTimerEndsAt } from '../store/selectors.ts';

const PRESET_MINUTES = [2, 5, 10, 15] as const;

/** Timer presets for the facilitator; the server keeps the end time so every screen agrees. */
export function TimerControls() {
  const running = useRetroStore(selectTimerEndsAt) !== null;
  return (
    <div className="timer-controls" role="group" aria-label="Timer">
      <span className="timer-controls__label" aria-hidden="true">
        Timer
      </span>
      {PRESET_MINUTES.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="button button--small"
          aria-label={`Start a ${minutes} minute timer`}
          onClick={() => void sendCommand({ type: 'timer.start', seconds: minutes * 60 })}
        >
          {minutes} min
        </button>
      ))}
      {running && (
        <button type="button" className="button button--small" onClick={() => void sendCommand({ type: 'timer.stop' })}>
          Stop timer
        </button>
      )}
    </div>
  );
}
