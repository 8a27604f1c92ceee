import { formatCountdown } from '../ui/time.ts';
import { useCountdown } from './useCountdown.ts';

/** The shared timer, shown to everyone while it runs; "Time's up" once it reaches zero. */
export function TimerDisplay() {
  const left = useCountdown();
  if (left === null) return null;
  const done = left <= 0;
  return (
    <section className={done ? 'timer timer--done' : 'timer'} aria-label="Timer" data-testid="timer">
      <span className="timer__label">{done ? 'Time’s up' : 'Time left'}</span>
      <span className="timer__value" role="timer" aria-label={done ? 'Time is up' : `${formatCountdown(left)} left`}>
        {formatCountdown(left)}
      </span>
    </section>
  );
}
