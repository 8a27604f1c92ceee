import { useEffect, useRef, useState } from 'react';
import { refusalNotice, sendCommand, type CommandDraft } from '../../../net/index.ts';
import { selectStatus } from '../../../store/selectors.ts';
import { useRetroStore } from '../../../store/store.ts';

type ImportDraft = Extract<CommandDraft, { type: 'timeline.import' }>;

/**
 * Sends an import and keeps the dialog open for the server's answer, so a refusal (the review
 * freeze, a rate limit, a card the server finds invalid) is read next to the preview it is
 * about, and nothing pasted is lost. Without a connection the import waits in the pending
 * queue like any command; then the dialog closes and says the cards come once back online.
 *
 * `send` resolves with the server's refusal message, or null when there is nothing for the
 * dialog to show (accepted, queued, or the dialog is already gone).
 */
export function useSendImport(close: () => void) {
  const live = useRetroStore(selectStatus) === 'live';
  const [sending, setSending] = useState<ImportDraft | null>(null);
  /** Whether the dialog is still there to show an answer; after it, notices take over. */
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  // The connection dropped while waiting: the import stays queued and goes out on reconnect,
  // which may be long after anyone is looking at this dialog.
  useEffect(() => {
    if (sending && !live && open.current) leaveQueued(sending);
  });

  function leaveQueued(draft: ImportDraft) {
    const cards = draft.cards.length === 1 ? 'Your imported card' : `Your ${draft.cards.length} imported cards`;
    useRetroStore.getState().notify(`${cards} will be added when you are back online.`);
    open.current = false;
    close();
  }

  async function send(draft: ImportDraft): Promise<string | null> {
    if (!live) {
      // Refused later, it becomes a notice naming the import and repeating its cards.
      void sendCommand(draft);
      leaveQueued(draft);
      return null;
    }
    setSending(draft);
    const ack = await sendCommand(draft, { handleErrors: true });
    if (!open.current) {
      if (!ack.ok) {
        const notice = refusalNotice(draft, ack);
        useRetroStore.getState().notify(notice.message, notice.detail);
      }
      return null;
    }
    setSending(null);
    if (ack.ok) {
      close();
      return null;
    }
    return ack.error.message;
  }

  return { sending: sending !== null, send };
}
