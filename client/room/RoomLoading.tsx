import { useRetroStore } from '../store/store.ts';
import { selectStatus } from '../store/selectors.ts';
import { Wordmark } from '../ui/Wordmark.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';

/** Before the first snapshot: say what is happening rather than show an empty room. */
export function RoomLoading() {
  const status = useRetroStore(selectStatus);
  return (
    <div className="problem">
      <header className="start__header">
        <Wordmark />
      </header>
      <main className="problem__main card" aria-busy="true">
        <h1>Joining the retro…</h1>
        <ConnectionStatus />
        {status === 'offline' && <p>You are offline. The retro opens as soon as the network is back.</p>}
      </main>
    </div>
  );
}
