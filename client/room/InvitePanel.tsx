import { useId } from 'react';
import { CopyButton } from '../ui/CopyButton.tsx';
import { QrCode } from './QrCode.tsx';

interface InvitePanelProps {
  retroId: string;
  /** Open at first (in setup, when people are still joining). */
  defaultOpen: boolean;
}

/**
 * The join link (for everyone) with copy and QR code, and a reminder that this page's own
 * address is the facilitator link. The join link never carries the key.
 */
export function InvitePanel({ retroId, defaultOpen }: InvitePanelProps) {
  const linkId = useId();
  const joinUrl = `${window.location.origin}/r/${retroId}`;
  return (
    <details className="invite" open={defaultOpen}>
      <summary className="invite__summary">Invite people</summary>
      <div className="invite__body">
        <div className="invite__link">
          <label htmlFor={linkId}>Join link — share it with everyone involved</label>
          <div className="input-row">
            <input id={linkId} readOnly value={joinUrl} onFocus={(event) => event.target.select()} data-testid="join-link" />
            <CopyButton text={joinUrl} label="Copy join link" />
          </div>
          <p className="muted small">
            Keep this page’s address to yourself: it is your facilitator link.{' '}
            <CopyButton text={window.location.href} label="Copy facilitator link" className="link-button" />
          </p>
        </div>
        <QrCode text={joinUrl} label="QR code of the join link" />
      </div>
    </details>
  );
}
