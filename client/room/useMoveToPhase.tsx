import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { PHASES, type Phase } from '../../shared/domain/values.ts';
import { sendCommand } from '../net/index.ts';
import { useRetroStore } from '../store/store.ts';
import { selectPhase } from '../store/selectors.ts';
import { describeUnrevealed, useUnrevealed, type Unrevealed } from './useUnrevealed.ts';

/**
 * Moving the room to another phase, for the facilitator's buttons. Voting on what is still
 * hidden cannot work — nobody else can see it, so nobody else can vote on it, and its author is
 * refused — so moving forward into voting with cards still hidden asks first, with one clear
 * choice: reveal them and start voting, or start voting without them.
 */
export function useMoveToPhase(): { moveTo: (phase: Phase) => void; dialog: ReactNode } {
  const current = useRetroStore(selectPhase);
  // The facilitator's own private cards count too: they are hidden from everyone else.
  const hidden = useUnrevealed();
  const [asking, setAsking] = useState(false);

  const moveTo = (phase: Phase) => {
    const forwardIntoVoting = phase === 'voting' && PHASES.indexOf(current) < PHASES.indexOf('voting');
    if (forwardIntoVoting && hidden.total > 0) setAsking(true);
    else void sendCommand({ type: 'phase.set', phase });
  };
  const dialog = asking ? (
    <RevealFirstDialog
      hidden={hidden}
      onReveal={() => {
        setAsking(false);
        // Voting starts only once the reveal is in: a retried reveal must not land after it.
        void sendCommand({ type: 'cards.reveal' }).then((ack) => {
          if (ack.ok) void sendCommand({ type: 'phase.set', phase: 'voting' });
        });
      }}
      onWithout={() => {
        setAsking(false);
        void sendCommand({ type: 'phase.set', phase: 'voting' });
      }}
      onCancel={() => setAsking(false)}
    />
  ) : null;
  return { moveTo, dialog };
}

interface RevealFirstDialogProps {
  hidden: Unrevealed;
  onReveal: () => void;
  onWithout: () => void;
  onCancel: () => void;
}

function RevealFirstDialog({ hidden, onReveal, onWithout, onCancel }: RevealFirstDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const things = describeUnrevealed(hidden);
  return (
    <dialog
      ref={ref}
      className="reveal-first"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="reveal-first__title">Reveal before voting?</h2>
      <p>
        {things} still hidden. Nobody can vote on what only its author can see.
      </p>
      <div className="reveal-first__actions">
        <button type="button" className="button button--primary" onClick={onReveal}>
          Reveal and start voting
        </button>
        <button type="button" className="button" onClick={onWithout}>
          Start voting without them
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Not yet
        </button>
      </div>
    </dialog>
  );
}

