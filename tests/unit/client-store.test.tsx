// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RevealButton } from '../../client/room/RevealButton.tsx';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import { rankFactors, selectUnrevealedFactors, selectUnrevealedTimeline } from '../../client/store/selectors.ts';
import { sampleCard, sampleFactor, sampleView } from '../../client/testing/sampleView.ts';

const card = (id: string, at: string | null, seq: number) => ({ id, text: id, at, marker: null, evidenceUrl: null, mine: false, seq });
const store = () => useRetroStore.getState();

afterEach(() => resetStore());

describe('the view slice', () => {
  it('takes a snapshot and measures the clock offset from serverTime', () => {
    store().receiveSnapshot({ version: 7, view: sampleView(), serverTime: '2025-03-04T10:00:05.000Z' }, Date.parse('2025-03-04T10:00:00.000Z'));
    expect(store().version).toBe(7);
    expect(store().view?.retro.title).toBe('Checkout outage');
    expect(store().clockOffsetMs).toBe(5000);
  });

  it('folds the next version in, ignores old ones, and reports a gap', () => {
    store().receiveSnapshot({ version: 3, view: sampleView(), serverTime: new Date().toISOString() });
    const put = (version: number, id: string, at: string | null) =>
      store().receiveChanges({ version, changes: [{ op: 'timeline.put', card: card(id, at, version) }], serverTime: new Date().toISOString() });
    expect(put(4, 'late', '2025-03-04T10:30:00.000Z')).toBe('applied');
    expect(put(5, 'early', '2025-03-04T10:00:00.000Z')).toBe('applied');
    expect(store().view?.timeline.map((c) => c.id)).toEqual(['early', 'late']);
    expect(put(5, 'duplicate', null)).toBe('stale');
    expect(put(2, 'ancient', null)).toBe('stale');
    expect(put(7, 'future', null)).toBe('gap');
    expect(store().version).toBe(5);
    expect(store().view?.timeline).toHaveLength(2);
  });

  it('reports a gap when changes arrive before any snapshot', () => {
    expect(store().receiveChanges({ version: 1, changes: [], serverTime: new Date().toISOString() })).toBe('gap');
  });

  it('keeps presence and my readiness apart from the versioned view', () => {
    store().receiveSnapshot({ version: 1, view: sampleView(), serverTime: new Date().toISOString() });
    store().receivePresence({ online: 4, ready: 2, asked: 3, askedReady: 1 });
    store().receiveReady(true);
    expect(store().view?.participants).toEqual({ online: 4, ready: 2, asked: 3, askedReady: 1 });
    expect(store().view?.me.ready).toBe(true);
    expect(store().version).toBe(1);
  });
});

describe('the pending slice', () => {
  const command = (id: string) => ({ command: { id, type: 'timeline.add' as const, text: id }, queuedAt: 0 });

  it('queues each command id once and settles it', () => {
    store().enqueue(command('a'));
    store().enqueue(command('a'));
    store().enqueue(command('b'));
    expect(store().pending.map((p) => p.command.id)).toEqual(['a', 'b']);
    store().settle('a');
    expect(store().pending.map((p) => p.command.id)).toEqual(['b']);
  });

  it('drops an accepted command in the same update that brings its change', () => {
    store().receiveSnapshot({ version: 1, view: sampleView(), serverTime: new Date().toISOString() });
    store().enqueue(command('a'));
    store().markLanding('a', 2);
    expect(store().pending).toHaveLength(1);
    store().receiveChanges({ version: 2, changes: [{ op: 'timeline.put', card: card('a', null, 2) }], serverTime: new Date().toISOString() });
    expect(store().pending).toHaveLength(0);
    expect(store().view?.timeline).toHaveLength(1);
  });

  it('a snapshot at or past the landing version settles it too', () => {
    store().enqueue(command('a'));
    store().markLanding('a', 4);
    store().receiveSnapshot({ version: 9, view: sampleView(), serverTime: new Date().toISOString() });
    expect(store().pending).toHaveLength(0);
  });
});

describe('selectors', () => {
  it('ranks factors by votes, ties in creation order', () => {
    const factor = (id: string, votes: number | null, seq: number) => ({
      id, text: id, category: 'process' as const, prompt: null, timelineCardIds: [], votes, mine: false, seq,
    });
    expect(rankFactors([factor('a', 1, 1), factor('b', 4, 2), factor('c', 1, 0)]).map((f) => f.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('resetStore', () => {
  it('forgets the retro but keeps the actions working', () => {
    store().receiveSnapshot({ version: 3, view: sampleView(), serverTime: new Date().toISOString() });
    store().setStatus('live');
    store().notify('hello');
    resetStore();
    expect(store().view).toBeNull();
    expect(store().version).toBe(-1);
    expect(store().status).toBe('connecting');
    expect(store().notices).toEqual([]);
    store().setStatus('offline');
    expect(store().status).toBe('offline');
  });
});

describe('the notice slice', () => {
  it('replaces a repeated notice instead of stacking it, and keeps different ones apart', () => {
    const refused = 'Your vote did not go through: Voting is closed.';
    store().notify(refused);
    store().notify(refused);
    store().notify(refused);
    expect(store().notices.map((n) => n.message)).toEqual([refused]);
    store().notify('Your timeline card did not go through: The retro is frozen.', 'Pager fired at 14:02');
    store().notify('Your timeline card did not go through: The retro is frozen.', 'Rollback done');
    store().notify(refused);
    expect(store().notices.map((n) => n.detail ?? null)).toEqual(['Pager fired at 14:02', 'Rollback done', null]);
    // The same news under an explicit key replaces, whatever its wording.
    store().notify('Reconnecting…', undefined, 'connection');
    store().notify('Reconnecting (2nd try)…', undefined, 'connection');
    expect(store().notices.filter((n) => n.key === 'connection').map((n) => n.message)).toEqual(['Reconnecting (2nd try)…']);
  });
});

describe('what is still unrevealed', () => {
  it('counts my own private cards with the hidden ones, since nobody else can see either', () => {
    const view = sampleView({
      timeline: [sampleCard({ id: 't1', mine: true, private: true }), sampleCard({ id: 't2', mine: true })],
      factors: [sampleFactor({ id: 'f1', mine: true, private: true }), sampleFactor({ id: 'f2' })],
      hidden: { timeline: 2, factors: 0 },
    });
    store().receiveSnapshot({ version: 3, view, serverTime: new Date().toISOString() });
    expect(selectUnrevealedTimeline(store())).toBe(3);
    expect(selectUnrevealedFactors(store())).toBe(1);
    // The reveal button counts what the reveal will show the room, my own private cards too.
    render(<RevealButton />);
    expect(screen.getByRole('button', { name: 'Reveal cards (4 hidden)' })).toBeTruthy();
    cleanup();
  });
});
