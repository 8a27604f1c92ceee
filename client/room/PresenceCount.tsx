import { useRetroStore } from '../store/store.ts';
import { selectPresence } from '../store/selectors.ts';

/** Counts only — presence never says who. */
export function PresenceCount() {
  const { online, asked, askedReady } = useRetroStore(selectPresence);
  return (
    <p className="presence" data-testid="presence">
      <span>
        <strong>{online}</strong> online
      </span>
      <span aria-hidden="true"> · </span>
      <span>
        <strong>{askedReady}</strong> of {asked} done
      </span>
    </p>
  );
}
