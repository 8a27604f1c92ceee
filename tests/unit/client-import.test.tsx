// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportLogDialog } from '../../client/boards/timeline/import/ImportLogDialog.tsx';
import { connectToRetro } from '../../client/net/index.ts';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleView } from '../../client/testing/sampleView.ts';

/** The real app connection and store, with a fake socket at the wire in place of the server. */
let socket: FakeSocket;
let leave: () => void;

const LOG = '14:02 Error rate alert fired for checkout-api\n14:09 Rolled back deploy 42';
const FROZEN = { ok: false, error: { code: 'conflict', message: 'The retro is in review: cards, factors and votes are frozen.' } };

function goLive() {
  socket.accept();
  socket.fire('snapshot', { version: 1, view: sampleView(), serverTime: new Date().toISOString() });
}

/** Opens the dialog, pastes the log and asks for its two cards. */
function importTwoCards() {
  const onClose = vi.fn();
  render(<ImportLogDialog onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Import from a log' });
  fireEvent.change(within(dialog).getByLabelText('Time zone of the log'), { target: { value: 'UTC' } });
  fireEvent.change(within(dialog).getByLabelText('Date for times without one'), { target: { value: '2025-03-04' } });
  fireEvent.change(within(dialog).getByLabelText('Paste the log, or drop a file on it'), { target: { value: LOG } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 cards' }));
  return { dialog, onClose };
}

function importsSent() {
  return socket.commands().filter((message) => message.payload.type === 'timeline.import');
}

// jsdom has <dialog> without its methods; these do what a browser does with the open state.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

beforeEach(() => {
  localStorage.clear();
  socket = new FakeSocket();
  leave = connectToRetro('retro1', { makeSocket: () => socket.asSocket() });
});
afterEach(() => {
  cleanup();
  leave();
  resetStore();
});

describe('ImportLogDialog', () => {
  it('stays open with the server’s reason when the import is refused, keeping the pasted log', async () => {
    goLive();
    const { dialog, onClose } = importTwoCards();
    const [sent] = importsSent();
    expect(sent.payload.cards.map((card: { text: string }) => card.text)).toEqual(['Error rate alert fired for checkout-api', 'Rolled back deploy 42']);
    expect((within(dialog).getByRole('button', { name: 'Adding…' }) as HTMLButtonElement).disabled).toBe(true);

    sent.answer(FROZEN);
    const reason = await within(dialog).findByRole('alert');
    expect(reason.textContent).toBe('No cards were added: The retro is in review: cards, factors and votes are frozen.');
    expect(onClose).not.toHaveBeenCalled();
    expect((within(dialog).getByLabelText('Paste the log, or drop a file on it') as HTMLTextAreaElement).value).toBe(LOG);
    expect(within(dialog).getAllByTestId('import-row')).toHaveLength(2);
    expect((within(dialog).getByRole('button', { name: 'Add 2 cards' }) as HTMLButtonElement).disabled).toBe(false);
    // Shown where it is about, so not a second time as a generic notice.
    expect(useRetroStore.getState().notices).toEqual([]);
  });

  it('closes once the server has added the cards', async () => {
    goLive();
    const { onClose } = importTwoCards();
    expect(onClose).not.toHaveBeenCalled();
    importsSent()[0].answer({ ok: true, version: 2, ids: ['t1', 't2'] });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(useRetroStore.getState().notices).toEqual([]);
  });

  it('offline, queues the import and closes saying when it will be added; a later refusal names the import', async () => {
    goLive();
    socket.drop();
    const { onClose } = importTwoCards();
    expect(onClose).toHaveBeenCalled();
    expect(useRetroStore.getState().notices.map((notice) => notice.message)).toEqual(['Your 2 imported cards will be added when you are back online.']);
    expect(useRetroStore.getState().pending.map((entry) => entry.command.type)).toEqual(['timeline.import']);
    cleanup();

    // Back online, the queued import goes out; the review started meanwhile, so it is refused.
    goLive();
    importsSent()[0].answer(FROZEN);
    const refusal = useRetroStore.getState().notices.at(-1);
    expect(refusal?.message).toBe('Your log import did not go through: The retro is in review: cards, factors and votes are frozen.');
    expect(refusal?.detail).toBe('Error rate alert fired for checkout-api\nRolled back deploy 42');
  });

  it('when the connection drops while waiting, closes and leaves the import queued', async () => {
    goLive();
    const { onClose } = importTwoCards();
    socket.drop();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(useRetroStore.getState().notices.map((notice) => notice.message)).toEqual(['Your 2 imported cards will be added when you are back online.']);
    cleanup();

    // Back online, the same command (same id, so the server applies it at most once) goes again.
    goLive();
    const [first, resent] = importsSent();
    expect(resent.payload.id).toBe(first.payload.id);
    resent.answer(FROZEN);
    await waitFor(() =>
      expect(useRetroStore.getState().notices.at(-1)?.message).toBe(
        'Your log import did not go through: The retro is in review: cards, factors and votes are frozen.',
      ),
    );
  });
});
