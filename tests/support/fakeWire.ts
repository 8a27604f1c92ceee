import { act } from '@testing-library/react';
import { connectToRetro } from '../../client/net/index.ts';
import { FakeSocket } from '../../client/testing/FakeSocket.ts';
import { sampleView } from '../../client/testing/sampleView.ts';
import type { ChangesMessage, HandshakeAuth } from '../../shared/protocol/messages.ts';
import type { RetroView } from '../../shared/protocol/view.ts';

/**
 * For component tests: the app's real connection and store, with a FakeSocket at the wire
 * standing in for the server. A test asserts on what the client put on the wire and on what
 * the page shows once the server's answers and changes have come back through the socket.
 */
export interface FakeWire {
  socket: FakeSocket;
  /** The handshake the client opened the socket with. */
  auth: HandshakeAuth;
  /** Leaves the retro (drops the window listeners and the socket). */
  leave: () => void;
}

/** Joins `retroId` over a fresh fake socket, which the server at once accepts. */
export function joinOverFakeSocket(retroId = 'retro1', options: { facilitatorKey?: string } = {}): FakeWire {
  const socket = new FakeSocket();
  let auth: HandshakeAuth | undefined;
  const leave = connectToRetro(retroId, {
    ...options,
    makeSocket: (handshake) => {
      auth = handshake;
      return socket.asSocket();
    },
  });
  act(() => socket.accept());
  return { socket, auth: auth!, leave };
}

/** The commands the client put on the wire, without the ids it chose for them. */
export function commandsSent(socket: FakeSocket): Record<string, unknown>[] {
  return socket.commands().map(({ payload: { id: _id, ...command } }) => command);
}

/** The server pushes a snapshot of `view` (filled in from sampleView). */
export function pushSnapshot(socket: FakeSocket, view: Partial<RetroView> = {}, options: { version?: number; serverTime?: string } = {}): void {
  const message = { version: options.version ?? 1, view: sampleView(view), serverTime: options.serverTime ?? new Date().toISOString() };
  act(() => socket.fire('snapshot', message));
}

/** The server pushes the changes of one version. */
export function pushChanges(socket: FakeSocket, message: ChangesMessage): void {
  act(() => socket.fire('changes', message));
}

/** The server answers the `index`th command the client sent (in order of sending). */
export function answerCommand(socket: FakeSocket, index: number, reply: unknown): void {
  const command = socket.commands()[index];
  if (!command) throw new Error(`no command ${index} on the wire (only ${socket.commands().length})`);
  act(() => command.answer(reply));
}

/** The browser loses or regains the network. */
export function setNetwork(online: boolean): void {
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}
