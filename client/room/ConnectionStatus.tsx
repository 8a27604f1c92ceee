import { useRetroStore } from '../store/store.ts';
import { selectPendingCount, selectStatus } from '../store/selectors.ts';

const LABELS = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  not_found: 'Not found',
  forbidden: 'Not allowed',
  page_outdated: 'Reload needed',
  server_outdated: 'Server updating',
} as const;

/**
 * Always visible, so nobody wonders whether their card went anywhere. While not live it says
 * how many changes are kept to send later.
 */
export function ConnectionStatus() {
  const status = useRetroStore(selectStatus);
  const pending = useRetroStore(selectPendingCount);
  const waiting = status !== 'live' && pending > 0;
  const away = status === 'offline' || status === 'reconnecting';
  return (
    <>
      <p className={`connection connection--${status}`} role="status" data-testid="connection-status">
        <span className="connection__dot" aria-hidden="true" />
        <span className="connection__label">{LABELS[status]}</span>
        {waiting && <span className="connection__pending"> · {pending} to send</span>}
      </p>
      {/* The header scrolls away on a phone; this stays in view until the connection is back. */}
      {away && (
        <p className="connection-banner" aria-hidden="true">
          {LABELS[status]} — keep typing: {pending > 0 ? `${pending} change${pending === 1 ? '' : 's'} will be sent` : 'changes will be sent'} when the
          connection is back.
        </p>
      )}
    </>
  );
}
