// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { FakeSocket } from '../../client/testing/FakeSocket.ts';

// The web app's own call to io(), with no test socket handed in: what goes on the wire.
const opened: unknown[] = [];
vi.mock('socket.io-client', () => ({
  io: (options: unknown) => {
    opened.push(options);
    return new FakeSocket().asSocket();
  },
}));

const { createConnection } = await import('../../client/net/index.ts');

afterEach(() => {
  opened.length = 0;
});

it('puts the retro id in the connection URL, where a proxy in front of several processes can route by it', () => {
  const leave = createConnection().connect('retro-42', { facilitatorKey: 'k'.repeat(32) });
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatchObject({
    query: { retro: 'retro-42' },
    auth: { retroId: 'retro-42', facilitatorKey: 'k'.repeat(32) },
    transports: ['websocket'],
  });
  leave();
});

it('keeps secrets out of the URL: the token and the facilitator key travel in auth only', () => {
  const leave = createConnection().connect('retro-7', { facilitatorKey: 'k'.repeat(32) });
  const { query } = opened[0] as { query: Record<string, string> };
  expect(Object.keys(query)).toEqual(['retro']);
  leave();
});
