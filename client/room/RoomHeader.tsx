import { useRetroStore } from '../store/store.ts';
import { selectIsFacilitator, selectRetro } from '../store/selectors.ts';
import { Wordmark } from '../ui/Wordmark.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { PresenceCount } from './PresenceCount.tsx';

export function RoomHeader() {
  const retro = useRetroStore(selectRetro);
  const isFacilitator = useRetroStore(selectIsFacilitator);
  return (
    <header className="room-header">
      <div className="room-header__brand">
        <Wordmark />
        <span className="role-badge">{isFacilitator ? 'Facilitator' : 'Anonymous participant'}</span>
      </div>
      <h1 className="room-header__title">{retro?.title}</h1>
      <div className="room-header__meta">
        <ConnectionStatus />
        <PresenceCount />
      </div>
    </header>
  );
}
