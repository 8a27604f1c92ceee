// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineBoard } from '../../client/boards/timeline/TimelineBoard.tsx';
import { gapsBetween } from '../../client/boards/timeline/useDisplayTimeline.ts';
import { optimisticView } from '../../shared/domain/optimistic.ts';
import { resetStore } from '../../client/store/store.ts';
import type { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleCard, sampleView } from '../../client/testing/sampleView.ts';
import type { RetroView } from '../../shared/protocol/view.ts';
import { answerCommand, commandsSent, joinOverFakeSocket, pushChanges, pushSnapshot, setNetwork } from '../support/fakeWire.ts';

/** The real app connection and store, with a fake socket at the wire in place of the server. */
let socket: FakeSocket;
let leave: () => void;

const sent = () => commandsSent(socket);

function show(view: Partial<RetroView>) {
  pushSnapshot(socket, view);
  return render(<TimelineBoard />);
}

beforeEach(() => {
  localStorage.clear();
  ({ socket, leave } = joinOverFakeSocket());
});
afterEach(() => {
  cleanup();
  leave();
  resetStore();
});

describe('TimelineBoard', () => {
  const cards = [
    sampleCard({ id: 'a', text: 'Deploy started', at: '2025-03-04T14:00:00.000Z', seq: 3, mine: true }),
    sampleCard({ id: 'b', text: 'Alert fired', at: '2025-03-04T14:19:00.000Z', marker: 'detected', seq: 2 }),
    sampleCard({ id: 'c', text: 'Someone remembered a thing', at: null, seq: 1 }),
  ];
  const cardTexts = () => screen.getAllByTestId('card-text').map((node) => node.textContent);

  it('shows cards in time order with markers and the gaps between them', () => {
    show({ timeline: cards });
    expect(cardTexts()).toEqual(['Deploy started', 'Alert fired', 'Someone remembered a thing']);
    expect(screen.getByText('Detected', { selector: '.marker' })).toBeTruthy();
    expect(screen.getByText('19 min later')).toBeTruthy();
    expect(screen.getByText('No time')).toBeTruthy();
  });

  it('lets me edit and remove only my own cards', () => {
    show({ timeline: cards });
    expect(screen.getByRole('button', { name: 'Edit card: Deploy started' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit card: Alert fired' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove card: Alert fired' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove card: Deploy started' }));
    expect(sent()).toEqual([{ type: 'timeline.remove', cardId: 'a' }]);
    // The server accepts it and drops the card: it stays gone.
    answerCommand(socket, 0, { ok: true, version: 2 });
    pushChanges(socket, { version: 2, changes: [{ op: 'timeline.drop', id: 'a' }] });
    expect(cardTexts()).toEqual(['Alert fired', 'Someone remembered a thing']);
  });

  it('lets the facilitator moderate every card', () => {
    show({ timeline: cards, me: { role: 'facilitator', votes: {}, votesLeft: 5, ready: false } });
    expect(screen.getByRole('button', { name: 'Edit card: Alert fired' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove card: Someone remembered a thing' })).toBeTruthy();
  });

  it('shows hidden cards as a count only', () => {
    show({ hidden: { timeline: 2, factors: 0 } });
    expect(screen.getByTestId('hidden-cards').textContent).toBe('2 cards from others are hidden until the facilitator reveals them.');
  });

  it('adds a card with the local time stored as UTC, then clears the form', () => {
    show({});
    const form = screen.getByRole('form', { name: 'Add a timeline card' });
    fireEvent.change(within(form).getByLabelText('What happened?'), { target: { value: 'Rollback finished' } });
    fireEvent.change(within(form).getByLabelText('Time (local, optional)'), { target: { value: '2025-03-04T14:41' } });
    fireEvent.change(within(form).getByLabelText('Marker (optional)'), { target: { value: 'mitigated' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add card' }));
    const at = new Date('2025-03-04T14:41').toISOString();
    expect(sent()).toEqual([{ type: 'timeline.add', text: 'Rollback finished', at, marker: 'mitigated', evidenceUrl: null }]);
    // The form clears at once, without waiting for the server.
    expect((within(form).getByLabelText('What happened?') as HTMLTextAreaElement).value).toBe('');
    const pending = screen.getByText('Rollback finished').closest('article')!;
    expect(within(pending).getByText('Sending…')).toBeTruthy();
    // The server accepts it and its card arrives: shown as saved, once.
    answerCommand(socket, 0, { ok: true, version: 2, id: 'n1' });
    pushChanges(socket, {
      version: 2,
      changes: [{ op: 'timeline.put', card: sampleCard({ id: 'n1', text: 'Rollback finished', at, marker: 'mitigated', mine: true }) }],
    });
    expect(cardTexts()).toEqual(['Rollback finished']);
    expect(screen.queryByText('Sending…')).toBeNull();
    expect(screen.getByText('Mitigated', { selector: '.marker' })).toBeTruthy();
  });

  it('refuses an empty card or a non-http evidence link without sending', () => {
    show({});
    const form = screen.getByRole('form', { name: 'Add a timeline card' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add card' }));
    expect(within(form).getByText('must not be empty')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('What happened?'), { target: { value: 'Ok' } });
    fireEvent.change(within(form).getByLabelText('Evidence link (optional)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add card' }));
    expect(within(form).getByText('Evidence link must be an http or https URL.')).toBeTruthy();
    expect(socket.sent).toEqual([]);
  });

  it('shows my unsent card at once, marked as waiting while offline and sending while live', () => {
    show({ timeline: cards });
    setNetwork(false);
    const form = screen.getByRole('form', { name: 'Add a timeline card' });
    fireEvent.change(within(form).getByLabelText('What happened?'), { target: { value: 'Typed offline' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add card' }));
    const pending = screen.getByText('Typed offline').closest('article')!;
    expect(within(pending).getByText('Waiting to send')).toBeTruthy();
    expect(socket.commands()).toEqual([]);
    // The network comes back; the server accepts the new connection and pushes a snapshot.
    setNetwork(true);
    expect(socket.connectCalls).toBe(2);
    act(() => socket.accept());
    pushSnapshot(socket, { timeline: cards }, { version: 1 });
    expect(within(pending).getByText('Sending…')).toBeTruthy();
    expect(sent()).toEqual([{ type: 'timeline.add', text: 'Typed offline', at: null, marker: null, evidenceUrl: null }]);
  });
});

describe('pending timeline commands', () => {
  it('apply my edits and removals over the server cards, and not edits of cards I may not change', () => {
    const server = [
      sampleCard({ id: 'a', text: 'old', seq: 1, mine: true }),
      sampleCard({ id: 'b', seq: 2, mine: true }),
      sampleCard({ id: 'c', text: 'theirs', seq: 3 }),
    ];
    const { view, marks } = optimisticView(sampleView({ timeline: server }), 3, [
      { id: '1', type: 'timeline.edit', cardId: 'a', text: 'new' },
      { id: '2', type: 'timeline.remove', cardId: 'b' },
      { id: '3', type: 'timeline.edit', cardId: 'c', text: 'mine now' },
    ]);
    expect(view.timeline.map((card) => [card.id, card.text, marks.get(card.id)])).toEqual([
      ['a', 'new', 'saving'],
      ['c', 'theirs', undefined],
    ]);
  });

  it('measures gaps only between timed cards', () => {
    expect(gapsBetween([{ at: '2025-01-01T10:00:00Z' }, { at: null }, { at: '2025-01-01T10:05:00Z' }])).toEqual([null, null, 300_000]);
  });
});
