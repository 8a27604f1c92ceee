import type { CommandAck } from '../../shared/protocol/messages.ts';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export const IDLE: SaveState = { kind: 'idle' };

export function saveStateFrom(ack: CommandAck): SaveState {
  return ack.ok ? { kind: 'saved' } : { kind: 'failed', message: ack.error.message };
}

/** A quiet line next to a save button; polite, so it is announced without stealing focus. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving… (kept and sent when you are back online)'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'failed'
          ? state.message
          : '';
  return (
    <span className={state.kind === 'failed' ? 'save-status save-status--failed' : 'save-status'} aria-live="polite">
      {text}
    </span>
  );
}
