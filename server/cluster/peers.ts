import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { Logger } from '../logger.ts';
import type { SharedPresence } from '../rooms/presence.ts';
import type { RegistryPeers, RoomRegistry } from '../rooms/registry.ts';
import type { DebriefServer } from '../transport/socket.ts';

/** How often a process repeats its presence in each retro it serves and looks for silent ones. */
const PRESENCE_EVERY_MS = 5_000;

/** What the processes serving the same retros tell each other. Never sent to a browser. */
type PeerMessage =
  | { type: 'events'; retroId: string; fromVersion: number; events: RetroEvent[] }
  | { type: 'presence'; retroId: string; from: string; presence: SharedPresence; ask?: boolean }
  | { type: 'deleted'; retroId: string }
  | { type: 'gone'; from: string };

const CHANNEL = 'debrief:peers';

export interface Cluster {
  peers: RegistryPeers;
  /** Starts handing what the others say to this process's rooms. */
  listen(rooms: RoomRegistry): void;
  /** A retro was deleted here: the others close its connections too. */
  deleted(retroId: string): void;
  /** Says goodbye (so the others stop counting our connections) and disconnects. */
  close(): Promise<void>;
}

/**
 * Multi-process mode: Socket.IO's Redis streams adapter carries messages between the processes
 * given the same REDIS_URL. Streams (not plain pub/sub) because a process that is briefly cut off
 * from Redis reads what it missed instead of losing it. Each process sends the events it appended;
 * every process applies them to its own room and builds each viewer's view for its own sockets
 * only, so visibility rules are enforced where the socket is and no view crosses the wire.
 */
export async function joinCluster(io: DebriefServer, urls: { redisUrl: string; databaseUrl: string }, logger: Logger): Promise<Cluster> {
  const redis = createClient({ url: urls.redisUrl });
  redis.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis connection problem'));
  await redis.connect();
  // One stream per database: processes serving the same retros talk, others on this Redis do not.
  const database = new URL(urls.databaseUrl);
  io.adapter(createAdapter(redis, { streamName: `debrief:${database.host}${database.pathname}`, onlyPlaintext: true }));

  const processId = randomUUID();
  /**
   * Set once this process says goodbye. Rooms may still want to speak after that (a presence
   * repeat, an answer to another process's question) until the process exits; the adapter sends
   * such messages without handling their failure, so on a closed connection each would be an
   * unhandled rejection. Nothing is sent after goodbye, and nothing heard is acted on.
   */
  let leaving = false;
  const send = (message: PeerMessage) => {
    if (!leaving) (io.serverSideEmit as (event: string, message: PeerMessage) => boolean)(CHANNEL, message);
  };
  let rooms: RoomRegistry | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const receive = (message: PeerMessage) => {
    if (!rooms || leaving) return;
    if (message.type === 'gone') return rooms.forEachLoaded((room) => room.peerGone(message.from));
    if (message.type === 'deleted') return rooms.forget(message.retroId, 'retro_deleted');
    const room = rooms.loadedRoom(message.retroId);
    if (!room) return;
    if (message.type === 'events') void room.receiveEvents(message.fromVersion, message.events);
    else {
      room.receivePresence(message.from, message.presence);
      if (message.ask) room.sharePresence();
    }
  };

  return {
    peers: {
      events: (retroId, fromVersion, events) => send({ type: 'events', retroId, fromVersion, events }),
      presence: (retroId, presence) => send({ type: 'presence', retroId, from: processId, presence }),
      loaded: (retroId, presence) => send({ type: 'presence', retroId, from: processId, presence, ask: true }),
    },
    listen(registry) {
      rooms = registry;
      (io.on as (event: string, listener: (message: PeerMessage) => void) => void)(CHANNEL, (message) => {
        try {
          receive(message);
        } catch (error) {
          logger.error({ err: error, type: message?.type }, 'a message from another process failed');
        }
      });
      heartbeat = setInterval(
        () =>
          registry.forEachLoaded((room) => {
            room.expireSilentPeers();
            if (!room.presence.isEmpty) room.sharePresence();
          }),
        PRESENCE_EVERY_MS,
      );
      heartbeat.unref();
    },
    deleted: (retroId) => send({ type: 'deleted', retroId }),
    async close() {
      clearInterval(heartbeat);
      try {
        send({ type: 'gone', from: processId });
      } catch (error) {
        logger.warn({ err: error }, 'could not say goodbye to the other processes');
      }
      leaving = true;
      await redis.quit().catch(() => undefined);
    },
  };
}
