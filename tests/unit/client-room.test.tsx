// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/App.tsx';
import { ConnectionStatus } from '../../client/room/ConnectionStatus.tsx';
import { PhaseStepper } from '../../client/room/PhaseStepper.tsx';
import { ReadyToggle } from '../../client/room/ReadyToggle.tsx';
import { RetroRoom } from '../../client/room/RetroRoom.tsx';
import { TimerDisplay } from '../../client/room/TimerDisplay.tsx';
import { resetStore, useRetroStore } from '../../client/store/store.ts';
import { sampleView } from '../../client/testing/sampleView.ts';
import type { RetroView } from '../../shared/protocol/view.ts';

const net = vi.hoisted(() => ({ sent: [] as unknown[], joined: [] as unknown[] }));
vi.mock('../../client/net/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../client/net/index.ts')>()),
  sendCommand: vi.fn((draft: unknown) => {
    net.sent.push(draft);
    return new Promise(() => {});
  }),
  connectToRetro: vi.fn((retroId: string, options: unknown) => {
    net.joined.push({ retroId, options });
    return () => {};
  }),
}));

function load(view: Partial<RetroView>, serverTime = new Date().toISOString()) {
  useRetroStore.getState().receiveSnapshot({ version: 1, view: sampleView(view), serverTime });
}

beforeEach(() => {
  net.sent.length = 0;
  net.joined.length = 0;
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  resetStore();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('start page', () => {
  it('asks for a title before starting', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Start a retro' }));
    expect(screen.getByRole('alert').textContent).toContain('Give the retro a title');
  });

  it('creates a retro and takes the facilitator to their room with the key in the fragment', async () => {
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify({ id: 'abc123', facilitatorKey: 'k3y', joinUrl: 'x', facilitatorUrl: 'y' }), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<App />);
    fireEvent.change(screen.getByLabelText('Retro title'), { target: { value: 'Checkout outage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start a retro' }));
    await waitFor(() => expect(window.location.pathname).toBe('/r/abc123'));
    expect(window.location.hash).toBe('#key=k3y');
    expect(fetchMock).toHaveBeenCalledWith('/api/retros', expect.objectContaining({ method: 'POST', body: JSON.stringify({ title: 'Checkout outage' }) }));
    await waitFor(() => expect(net.joined).toEqual([{ retroId: 'abc123', options: { facilitatorKey: 'k3y' } }]));
  });
});

describe('retro room', () => {
  it('explains an unknown retro', () => {
    render(<RetroRoom retroId="nope" />);
    act(() => useRetroStore.getState().setStatus('not_found'));
    expect(screen.getByRole('heading', { name: 'This retro does not exist' })).toBeTruthy();
  });

  it('explains a wrong facilitator link and offers to join as a participant', () => {
    render(<RetroRoom retroId="abc" />);
    act(() => useRetroStore.getState().setStatus('forbidden'));
    expect(screen.getByRole('heading', { name: 'This facilitator link is not valid' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join as a participant' })).toBeTruthy();
  });

  it.each([
    ['page_outdated', 'This page is out of date', /Reload the page/],
    ['server_outdated', 'The server is being updated', /Reload the page in a minute/],
  ] as const)('explains a %s protocol mismatch instead of spinning', (status, heading, advice) => {
    render(<RetroRoom retroId="abc" />);
    act(() => useRetroStore.getState().setStatus(status));
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.getByText(advice)).toBeTruthy();
  });

  it('shows the facilitator controls only to the facilitator', () => {
    render(<RetroRoom retroId="abc" />);
    act(() => {
      load({ me: { role: 'facilitator', votes: {}, votesLeft: 5, ready: false } });
      useRetroStore.getState().setStatus('live');
    });
    expect(screen.getByRole('region', { name: 'Facilitator controls' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Next: Contributing factors/ }));
    expect(net.sent).toEqual([{ type: 'phase.set', phase: 'factors' }]);
    cleanup();
    resetStore();
    render(<RetroRoom retroId="abc" />);
    act(() => load({}));
    expect(screen.queryByRole('region', { name: 'Facilitator controls' })).toBeNull();
    expect(screen.getByRole('button', { name: 'I’m done with this step' })).toBeTruthy();
  });
});

describe('room parts', () => {
  it('the stepper marks the current phase', () => {
    load({ retro: { ...sampleView().retro, phase: 'voting' } });
    render(<PhaseStepper />);
    const current = screen.getByText('Voting').closest('li')!;
    expect(current.getAttribute('aria-current')).toBe('step');
  });

  it('the stepper lets the facilitator jump to any phase, and nobody else', () => {
    load({ retro: { ...sampleView().retro, phase: 'review' }, me: { role: 'facilitator', votes: {}, votesLeft: 5, ready: false } });
    render(<PhaseStepper />);
    expect(screen.queryByRole('button', { name: 'Go to Review' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Setup' }));
    expect(net.sent).toEqual([{ type: 'phase.set', phase: 'setup' }]);
    cleanup();
    load({ me: { role: 'participant', votes: {}, votesLeft: 5, ready: false } });
    render(<PhaseStepper />);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('the connection status says offline and how much waits to be sent', () => {
    useRetroStore.getState().setStatus('offline');
    useRetroStore.getState().enqueue({ command: { id: '1', type: 'timeline.add', text: 'x' }, queuedAt: 0 });
    render(<ConnectionStatus />);
    expect(screen.getByTestId('connection-status').textContent).toBe('Offline · 1 to send');
  });

  it('the timer counts down from the server end time, corrected for this clock being off', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-04T10:00:00.000Z'));
    // This device's clock is 30 s behind the server's.
    load({ timer: { endsAt: '2025-03-04T10:05:30.000Z' } }, '2025-03-04T10:00:30.000Z');
    render(<TimerDisplay />);
    expect(screen.getByRole('timer').textContent).toBe('5:00');
    act(() => vi.advanceTimersByTime(61_000));
    expect(screen.getByRole('timer').textContent).toBe('3:59');
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(screen.getByTestId('timer').textContent).toContain('Time’s up');
  });

  it('the ready toggle flips my readiness', () => {
    load({});
    render(<ReadyToggle />);
    const toggle = screen.getByRole('button', { name: 'I’m done with this step' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(net.sent).toEqual([{ type: 'participant.ready', ready: true }]);
  });
});
