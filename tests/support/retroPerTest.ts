import { afterEach, beforeEach } from 'vitest';
import { connect, type TestClient } from './client.ts';
import { createRetro, startTestServer, type CreatedRetro, type TestServer } from './server.ts';

/**
 * The usual frame of an integration test: a fresh server and one retro for each test, and
 * `join` for a real socket.io client into it (as the facilitator when asked). Every client a
 * test joined is closed, and the server disposed of, after that test.
 */
export function retroPerTest(title?: string) {
  let server: TestServer | undefined;
  let retro: CreatedRetro | undefined;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    retro = await createRetro(server.url, title);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await server?.dispose();
  });
  return {
    get server(): TestServer {
      return server!;
    },
    get retro(): CreatedRetro {
      return retro!;
    },
    async join(options: { facilitator?: boolean } = {}): Promise<TestClient> {
      const client = await connect(server!.url, retro!.id, { facilitatorKey: options.facilitator ? retro!.facilitatorKey : undefined });
      clients.push(client);
      return client;
    },
  };
}
