// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../client/App.tsx';
import { ConnectionStatus } from '../../client/room/ConnectionStatus.tsx';
import { PhaseStepper } from '../../client/room/PhaseStepper.tsx';
import { ReadyToggle } from '../../client/room/ReadyToggle.tsx';
import { RetroRoom } from '../../client/room/RetroRoom.tsx';
import { TimerDisplay } from '../../client/room/TimerDisplay.tsx';
import { resetStore } from '../../client/store/store.ts';
import type { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleView } from '../../client/testing/sampleView.ts';
import type { HandshakeAuth } from '../../shared/protocol/messages.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { answerCommand, commandsSent, joinOverFakeSocket, pushChanges, pushSnapshot, setNetwork, type FakeWire } from '../support/fakeWire.ts';

/**
 * The room opens its own socket (RetroRoom joins on mount), so Socket.IO's `io()` is where the
 * fake goes in: every socket the page opens is a FakeSocket this test drives as the server.
 * Everything between the views and the wire — client/net and the store — is the real code.
 */
const opened = vi.hoisted(() => [] as { auth: HandshakeAuth; socket: FakeSocket }[]);
vi.mock('socket.io-client', async () => {
  const { FakeSocket } = await import('../../client/testing/FakeSocket.ts');
  return {
    io: (options: { auth: HandshakeAuth }) => {
      const socket = new FakeSocket();
      opened.push({ auth: options.auth, socket });
      return socket;
    },
  };
});

/** The socket the room opened last, once the server has accepted it. */
function roomSocket(): FakeSocket {
  const socket = opened.at(-1)?.socket;
  if (!socket) throw new Error('the room opened no socket');
  if (!socket.connected) act(() => socket.accept());
  return socket;
}

const facilitatorMe = { role: 'facilitator' as const, votes: {}, votesLeft: 5, ready: false };
const participantMe = { role: 'participant' as const, votes: {}, votesLeft: 5, ready: false };

/** A room part on its own: joined over a fake socket, like the room would be. */
let wire: FakeWire | undefined;
function join(): FakeSocket {
  wire = joinOverFakeSocket('retro1');
  return wire.socket;
}

beforeEach(() => {
  opened.length = 0;
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  wire?.leave();
  wire = undefined;
  resetStore();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('start page', () => {
  it('asks for a title before starting', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Start a retro' }));
    expect(screen.getByRole('alert').textContent).toContain('Give the retro a title');
    expect(fetchMock).not.toHaveBeenCalled();
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
    // The room joins the new retro with the key from the fragment in its handshake.
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0].auth).toEqual({ retroId: 'abc123', token: expect.any(String), protocol: PROTOCOL_VERSION, facilitatorKey: 'k3y' });
    expect(opened[0].socket.connectCalls).toBe(1);
    pushSnapshot(roomSocket(), { retro: { ...sampleView().retro, id: 'abc123', phase: 'setup' }, me: facilitatorMe });
    expect(screen.getByRole('region', { name: 'Facilitator controls' })).toBeTruthy();
  });
});

describe('retro room', () => {
  it('explains an unknown retro', () => {
    render(<RetroRoom retroId="nope" />);
    expect(opened[0].auth.retroId).toBe('nope');
    const socket = opened[0].socket;
    act(() => socket.fire('connect_error', Object.assign(new Error('not_found'), { data: { code: 'not_found' } })));
    expect(screen.getByRole('heading', { name: 'This retro does not exist' })).toBeTruthy();
  });

  it('explains a wrong facilitator link and offers to join as a participant', () => {
    window.history.replaceState(null, '', '/r/abc#key=wrong');
    render(<RetroRoom retroId="abc" />);
    expect(opened[0].auth.facilitatorKey).toBe('wrong');
    const socket = opened[0].socket;
    act(() => socket.fire('connect_error', Object.assign(new Error('forbidden'), { data: { code: 'forbidden' } })));
    expect(screen.getByRole('heading', { name: 'This facilitator link is not valid' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Join as a participant' })).toBeTruthy();
  });

  it.each([
    ['page_outdated', PROTOCOL_VERSION + 1, 'This page is out of date', /Reload the page/],
    ['server_outdated', PROTOCOL_VERSION - 1, 'The server is being updated', /Reload the page in a minute/],
  ] as const)('explains a %s protocol mismatch instead of spinning', (_status, serverProtocol, heading, advice) => {
    render(<RetroRoom retroId="abc" />);
    expect(opened[0].auth.protocol).toBe(PROTOCOL_VERSION);
    const socket = roomSocket();
    act(() => socket.fire('closing', { reason: 'unsupported_protocol', protocol: serverProtocol }));
    expect(screen.getByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.getByText(advice)).toBeTruthy();
  });

  it('shows the facilitator controls only to the facilitator', () => {
    window.history.replaceState(null, '', '/r/abc#key=k3y');
    render(<RetroRoom retroId="abc" />);
    const socket = roomSocket();
    pushSnapshot(socket, { me: facilitatorMe });
    expect(screen.getByRole('region', { name: 'Facilitator controls' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Next: Contributing factors/ }));
    expect(commandsSent(socket)).toEqual([{ type: 'phase.set', phase: 'factors' }]);
    // The server accepts it and the retro's new phase comes back: the stepper moves on.
    answerCommand(socket, 0, { ok: true, version: 2 });
    pushChanges(socket, { version: 2, changes: [{ op: 'retro', retro: { ...sampleView().retro, phase: 'factors' } }] });
    expect(screen.getByText('Contributing factors', { selector: 'li *' }).closest('li')!.getAttribute('aria-current')).toBe('step');

    cleanup();
    window.history.replaceState(null, '', '/r/abc');
    render(<RetroRoom retroId="abc" />);
    expect(opened[1].auth.facilitatorKey).toBeUndefined();
    pushSnapshot(roomSocket(), { me: participantMe });
    expect(screen.queryByRole('region', { name: 'Facilitator controls' })).toBeNull();
    expect(screen.getByRole('button', { name: 'I’m done with this step' })).toBeTruthy();
  });
});

describe('room parts', () => {
  it('the stepper marks the current phase', () => {
    pushSnapshot(join(), { retro: { ...sampleView().retro, phase: 'voting' } });
    render(<PhaseStepper />);
    const current = screen.getByText('Voting').closest('li')!;
    expect(current.getAttribute('aria-current')).toBe('step');
  });

  it('the stepper lets the facilitator jump to any phase, and nobody else', () => {
    const socket = join();
    pushSnapshot(socket, { retro: { ...sampleView().retro, phase: 'review' }, me: facilitatorMe });
    render(<PhaseStepper />);
    expect(screen.queryByRole('button', { name: 'Go to Review' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Go to Setup' }));
    expect(commandsSent(socket)).toEqual([{ type: 'phase.set', phase: 'setup' }]);
    cleanup();
    pushSnapshot(socket, { me: participantMe }, { version: 2 });
    render(<PhaseStepper />);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('the connection status says offline and how much waits to be sent', () => {
    const socket = join();
    pushSnapshot(socket, {});
    render(
      <>
        <ConnectionStatus />
        <ReadyToggle />
      </>,
    );
    expect(screen.getByTestId('connection-status').textContent).toBe('Live');
    setNetwork(false);
    fireEvent.click(screen.getByRole('button', { name: 'I’m done with this step' }));
    expect(screen.getByTestId('connection-status').textContent).toBe('Offline · 1 to send');
    expect(socket.commands()).toEqual([]);
  });

  it('the timer counts down from the server end time, corrected for this clock being off', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-04T10:00:00.000Z'));
    // This device's clock is 30 s behind the server's.
    pushSnapshot(join(), { timer: { endsAt: '2025-03-04T10:05:30.000Z' } }, { serverTime: '2025-03-04T10:00:30.000Z' });
    render(<TimerDisplay />);
    expect(screen.getByRole('timer').textContent).toBe('5:00');
    act(() => vi.advanceTimersByTime(61_000));
    expect(screen.getByRole('timer').textContent).toBe('3:59');
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(screen.getByTestId('timer').textContent).toContain('Time’s up');
  });

  it('the ready toggle flips my readiness', () => {
    const socket = join();
    pushSnapshot(socket, {});
    render(<ReadyToggle />);
    const toggle = screen.getByRole('button', { name: 'I’m done with this step' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(commandsSent(socket)).toEqual([{ type: 'participant.ready', ready: true }]);
    // The server tells this participant they are ready, then accepts the command.
    act(() => socket.fire('ready', { ready: true }));
    answerCommand(socket, 0, { ok: true, version: 1 });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
