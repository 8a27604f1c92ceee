// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionItemForm } from '../../client/boards/actions/ActionItemForm.tsx';
import { ActionStatusControl } from '../../client/boards/actions/ActionStatusControl.tsx';
import { FactorsBoard } from '../../client/boards/factors/FactorsBoard.tsx';
import { VotingBoard } from '../../client/boards/voting/VotingBoard.tsx';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import type { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleFactor, sampleView } from '../../client/testing/sampleView.ts';
import type { ActionItemView, RetroView } from '../../shared/protocol/view.ts';
import { commandsSent, joinOverFakeSocket, pushSnapshot } from '../support/fakeWire.ts';

/** The real app connection and store, with a fake socket at the wire in place of the server. */
let socket: FakeSocket;
let leave: () => void;

const sent = () => commandsSent(socket);

const facilitatorMe = { role: 'facilitator' as const, votes: {}, votesLeft: 5, ready: false };

const load = (view: Partial<RetroView>) => pushSnapshot(socket, view);

beforeEach(() => {
  localStorage.clear();
  ({ socket, leave } = joinOverFakeSocket());
});
afterEach(() => {
  cleanup();
  leave();
  resetStore();
});

describe('FactorsBoard', () => {
  const factors = [sampleFactor({ id: 'f1', text: 'No canary stage', seq: 1 }), sampleFactor({ id: 'f2', text: 'No canary', seq: 2 })];

  it('adds a factor answering one of the three prompts', () => {
    load({});
    render(<FactorsBoard />);
    const form = screen.getByRole('form', { name: 'Add a contributing factor' });
    fireEvent.click(within(form).getByLabelText('Where did we get lucky?'));
    fireEvent.change(within(form).getByLabelText('Contributing factor'), { target: { value: 'The old build was still cached' } });
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'tooling' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add factor' }));
    expect(sent()).toEqual([
      { type: 'factor.add', text: 'The old build was still cached', category: 'tooling', prompt: 'lucky', timelineCardIds: [] },
    ]);
  });

  it('lets the facilitator merge a duplicate into another factor', () => {
    load({ factors, me: facilitatorMe });
    render(<FactorsBoard />);
    const duplicate = screen.getByText('No canary', { selector: 'p' }).closest('article')!;
    fireEvent.change(within(duplicate).getByLabelText('Merge into'), { target: { value: 'f1' } });
    fireEvent.click(within(duplicate).getByRole('button', { name: /^Merge/ }));
    expect(sent()).toEqual([{ type: 'factor.merge', sourceId: 'f2', targetId: 'f1' }]);
  });

  it('offers no merge to participants', () => {
    load({ factors });
    render(<FactorsBoard />);
    expect(screen.queryByLabelText('Merge into')).toBeNull();
  });
});

describe('VotingBoard', () => {
  const factors = [sampleFactor({ id: 'f1', text: 'No canary stage', seq: 1 }), sampleFactor({ id: 'f2', text: 'Slow alert', seq: 2 })];

  it('shows my dots and budget, hides totals while voting is open', () => {
    load({ factors, me: { role: 'participant', votes: { f1: 3 }, votesLeft: 2, ready: false }, participants: { online: 4, ready: 1, asked: 3, askedReady: 1 } });
    render(<VotingBoard />);
    expect(screen.getByTestId('votes-left').textContent).toBe('2');
    expect(screen.getByTestId('vote-summary').textContent).toContain('1 of 3 done');
    expect((screen.getByRole('button', { name: 'Vote for: No canary stage' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryAllByTestId('vote-total')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Vote for: Slow alert' }));
    expect(sent()).toEqual([{ type: 'vote.cast', factorId: 'f2' }]);
  });

  it('counts a vote on its way at once', () => {
    const voting = sampleView().retro;
    load({
      retro: { ...voting, phase: 'voting', settings: { ...voting.settings, voteBudget: 1 } },
      factors,
      me: { role: 'participant', votes: {}, votesLeft: 1, ready: false },
    });
    useRetroStore.getState().enqueue({ command: { id: 'v1', type: 'vote.cast', factorId: 'f2' }, queuedAt: 0 });
    render(<VotingBoard />);
    expect(screen.getByTestId('votes-left').textContent).toBe('0');
    expect((screen.getByRole('button', { name: 'Vote for: No canary stage' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('ranks factors with totals once voting has been closed', () => {
    load({ factors: [sampleFactor({ id: 'f1', text: 'A', votes: 1, seq: 1 }), sampleFactor({ id: 'f2', text: 'B', votes: 5, seq: 2 })] });
    render(<VotingBoard />);
    expect(screen.getAllByTestId('vote-total').map((node) => node.textContent)).toEqual(['5 total', '1 total']);
  });
});

describe('ActionItemForm', () => {
  it('sends every field and clears after the server accepts it', async () => {
    load({ factors: [sampleFactor({ id: 'f1', text: 'No canary stage', votes: 4 })] });
    render(<ActionItemForm />);
    fireEvent.change(screen.getByLabelText('Action (start with a verb)'), { target: { value: 'Add a canary stage' } });
    fireEvent.change(screen.getByLabelText('Owning team or role'), { target: { value: 'Platform team' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'prevent' } });
    fireEvent.change(screen.getByLabelText('Priority'), { target: { value: 'high' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2030-01-31' } });
    fireEvent.change(screen.getByLabelText('Done when… (optional)'), { target: { value: 'Canary blocks a bad deploy' } });
    fireEvent.change(screen.getByLabelText('Tracker link (optional)'), { target: { value: 'https://tracker.example/1' } });
    fireEvent.click(screen.getByLabelText(/No canary stage/));
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    expect(sent()).toEqual([
      {
        type: 'action.add',
        title: 'Add a canary stage',
        kind: 'prevent',
        owner: 'Platform team',
        priority: 'high',
        dueDate: '2030-01-31',
        doneCriterion: 'Canary blocks a bad deploy',
        trackerUrl: 'https://tracker.example/1',
        factorIds: ['f1'],
      },
    ]);
    // The server accepts it and its change arrives: only then does the form clear.
    const [{ payload }] = socket.commands();
    socket.commands()[0].answer({ ok: true, version: 2, id: 'a1' });
    expect((screen.getByLabelText('Action (start with a verb)') as HTMLInputElement).value).toBe('Add a canary stage');
    const { id: _id, type: _type, ...fields } = payload;
    socket.fire('changes', {
      version: 2,
      changes: [{ op: 'action.put', action: { id: 'a1', status: 'open', reason: null, ...fields } }],
    });
    await waitFor(() => expect((screen.getByLabelText('Action (start with a verb)') as HTMLInputElement).value).toBe(''));
  });

  it('shows the blame refusal and suggested rewrite next to the field and keeps what was typed', async () => {
    load({});
    const refusal = {
      ok: false as const,
      error: {
        code: 'blame',
        message: 'Action items are owned by a team or role, not a named person.',
        findings: [
          {
            rule: 'person-owner',
            severity: 'error',
            start: 0,
            end: 3,
            field: 'owner',
            message: 'Action items are owned by a team or role, not a named person.',
            suggestion: 'Name the team or role, e.g. "Payments on-call".',
          },
        ],
      },
    };
    render(<ActionItemForm />);
    fireEvent.change(screen.getByLabelText('Action (start with a verb)'), { target: { value: 'Add alerting on queue depth' } });
    fireEvent.change(screen.getByLabelText('Owning team or role'), { target: { value: 'Sam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    socket.commands()[0].answer(refusal);
    const shown = await screen.findByText('Suggested rewrite: Name the team or role, e.g. "Payments on-call".');
    expect(shown).toBeTruthy();
    expect((screen.getByLabelText('Owning team or role') as HTMLInputElement).value).toBe('Sam');
    expect((screen.getByLabelText('Action (start with a verb)') as HTMLInputElement).value).toBe('Add alerting on queue depth');
    expect(screen.getByLabelText('Owning team or role').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('ActionStatusControl', () => {
  const action: ActionItemView = {
    id: 'a1', title: 'Add a canary stage', kind: 'prevent', owner: 'Platform team', priority: 'high', dueDate: '2030-01-01',
    doneCriterion: '', factorIds: [], trackerUrl: null, status: 'open', reason: null,
  };

  it('asks why before an item is set to not doing', () => {
    load({ actions: [action] });
    render(<ActionStatusControl action={action} />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'not-doing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update status' }));
    expect(screen.getByRole('alert').textContent).toBe('Say why this will not be done.');
    expect(sent()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Why not?'), { target: { value: 'Replaced by the SLO project' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update status' }));
    expect(sent()).toEqual([{ type: 'action.status', actionId: 'a1', status: 'not-doing', reason: 'Replaced by the SLO project' }]);
  });
});
