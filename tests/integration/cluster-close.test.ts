import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { joinCluster } from '../../server/cluster/peers.ts';
import { createLogger } from '../../server/logger.ts';
import type { DebriefServer } from '../../server/transport/socket.ts';
import { TEST_REDIS_URL } from '../support/postgres.ts';

/**
 * A process that has said goodbye may still be asked to speak: a room's presence repeats, or
 * another process asks who is here, between the Redis connection closing and the process
 * exiting. The adapter sends such messages without handling their failure, so each one would
 * be an unhandled rejection (seen ending processes of a three-process bench at shutdown).
 */
describe('leaving the cluster', () => {
  const servers: DebriefServer[] = [];
  afterEach(async () => {
    for (const io of servers.splice(0)) await new Promise<void>((resolve) => io.close(() => resolve()));
  });

  it('sends nothing once closed, so nothing reaches a closed Redis connection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const io: DebriefServer = new Server(createServer());
      servers.push(io);
      // A database name of its own, so this test's stream is nobody else's.
      const databaseUrl = `postgres://127.0.0.1:5432/cluster_close_${randomBytes(4).toString('hex')}`;
      const cluster = await joinCluster(io, { redisUrl: TEST_REDIS_URL, databaseUrl }, createLogger('silent'));
      await cluster.close();

      const presence = { online: ['p1'], ready: [], facilitators: [] };
      cluster.peers.presence('retro-1', presence);
      cluster.peers.loaded('retro-1', presence);
      cluster.peers.events('retro-1', 0, []);
      cluster.deleted('retro-1');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
