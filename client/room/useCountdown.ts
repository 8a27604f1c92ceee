import { useEffect, useState } from 'react';
import { useRetroStore } from '../store/store.ts';
import { selectClockOffset, selectTimerEndsAt } from '../store/selectors.ts';

/**
 * Milliseconds left on the facilitator's timer, or null when none runs. The server holds the
 * end time; we compare it with *server* now (local clock + the offset measured from the
 * server's timestamps), so a device whose clock is off still counts down correctly.
 */
export function useCountdown(): number | null {
  const endsAt = useRetroStore(selectTimerEndsAt);
  const offset = useRetroStore(selectClockOffset);
  const remaining = () => (endsAt ? Math.max(0, Date.parse(endsAt) - (Date.now() + offset)) : null);
  const [left, setLeft] = useState(remaining);
  useEffect(() => {
    setLeft(remaining());
    if (!endsAt) return;
    const tick = setInterval(() => setLeft(remaining()), 250);
    return () => clearInterval(tick);
    // `remaining` reads only endsAt and offset, which are the dependencies.
  }, [endsAt, offset]);
  return left;
}
