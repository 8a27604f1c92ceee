import { useId, useState, type FormEvent } from 'react';
import { ACTION_STATUSES, LIMITS, STATUS_LABELS, type ActionStatus } from '../../../shared/domain/values.ts';

export { STATUS_LABELS };
import type { ActionItemView } from '../../../shared/protocol/view.ts';
import { sendCommand } from '../../net/index.ts';

/**
 * The facilitator sets an item's status. "Not doing" needs a reason: recording why saves the
 * same debate at the next incident.
 */
export function ActionStatusControl({ action }: { action: ActionItemView }) {
  const ids = { status: useId(), reason: useId(), error: useId() };
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [reason, setReason] = useState(action.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const changed = status !== action.status || (status === 'not-doing' && reason.trim() !== (action.reason ?? ''));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status === 'not-doing' && !reason.trim()) {
      setError('Say why this will not be done.');
      return;
    }
    setError(null);
    const ack = await sendCommand(
      { type: 'action.status', actionId: action.id, status, ...(status === 'not-doing' ? { reason } : {}) },
      { handleErrors: true },
    );
    if (!ack.ok) setError(ack.error.message);
  }

  return (
    <form className="status-control" onSubmit={submit} aria-label={`Status of: ${action.title}`} noValidate>
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {status === 'not-doing' && (
        <div className="field status-control__reason">
          <label htmlFor={ids.reason}>Why not?</label>
          <input
            id={ids.reason}
            value={reason}
            maxLength={LIMITS.cardText}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="button button--small" disabled={!changed}>
        Update status
      </button>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
