import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { connect, newToken } from '../support/client.ts';
import { createRetro, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

/** Connects speaking `protocol`: resolves with the snapshot, the `closing` or the refusal. */
function firstWord(retroId: string, protocol: unknown) {
  const socket = io(server.url, { auth: { retroId, token: newToken(), protocol }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise<{ event: string; payload: unknown }>((resolve) => {
    socket.onAny((event, payload) => {
      if (event === 'snapshot' || event === 'closing') resolve({ event, payload });
    });
    socket.on('connect_error', (error) => resolve({ event: 'connect_error', payload: (error as Error & { data?: unknown }).data }));
  }).finally(() => socket.close());
}

describe('the protocol version in the handshake', () => {
  it('serves a client of this version, and one that does not say (older than the field)', async () => {
    const retro = await createRetro(server.url);
    expect((await firstWord(retro.id, PROTOCOL_VERSION)).event).toBe('snapshot');
    const unversioned = await connect(server.url, retro.id);
    expect(unversioned.version).toBe(0);
    unversioned.close();
  });

  it.each([PROTOCOL_VERSION + 1, PROTOCOL_VERSION - 1, 'two'])('tells a client speaking %s why it is closed', async (protocol) => {
    const retro = await createRetro(server.url);
    expect(await firstWord(retro.id, protocol)).toEqual({
      event: 'closing',
      payload: { reason: 'unsupported_protocol', protocol: PROTOCOL_VERSION },
    });
  });
});
