import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { joinCluster } from './cluster/peers.ts';
import { configFromEnv, type Config } from './config.ts';
import { createLogger, type Logger } from './logger.ts';
import { startRetention } from './retention.ts';
import { RoomRegistry } from './rooms/registry.ts';
import { createStore } from './store/index.ts';
import type { RetroStore } from './store/types.ts';
import { createHttpApp } from './transport/http.ts';
import { originAllowed } from './transport/origins.ts';
import { attachSocketHandlers, socketOutbox, type DebriefServer } from './transport/socket.ts';
import { definedOnly } from '../shared/domain/records.ts';
import { LIMITS } from '../shared/domain/values.ts';

export interface StartOptions extends Partial<Config> {
  /** A logger to use instead of one writing JSON lines to stdout (tests read its output). */
  logger?: Logger;
  store?: RetroStore;
  clientDir?: string;
}

export interface RunningDebrief {
  url: string;
  port: number;
  store: RetroStore;
  close(): Promise<void>;
}

const DEFAULT_CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'client');

/**
 * Wires configuration, the store, HTTP and Socket.IO together on one port and starts
 * listening. Options override the environment; `port: 0` picks a free port (tests).
 */
export async function startDebrief(options: StartOptions = {}): Promise<RunningDebrief> {
  const config: Config = { ...configFromEnv(), ...definedOnly(options) };
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = options.store ?? (await createStore(config));

  // Express answers plain HTTP; Socket.IO is attached after it so it intercepts its own path
  // (/socket.io/, long-polling included) before Express could answer that request too.
  let rooms!: RoomRegistry;
  let cluster: Awaited<ReturnType<typeof joinCluster>> | undefined;
  const closeRetro = (retroId: string) => {
    rooms.forget(retroId, 'retro_deleted');
    cluster?.deleted(retroId);
  };
  const app = createHttpApp({
    config,
    store,
    rooms: { get: (retroId) => rooms.get(retroId) },
    logger,
    clientDir: options.clientDir ?? DEFAULT_CLIENT_DIR,
    closeRetro,
  });
  const httpServer = createServer(app);
  const io: DebriefServer = new Server(httpServer, {
    // A message over 64 KB closes that connection and changes nothing (CONTRACT "Limits").
    maxHttpBufferSize: LIMITS.messageBytes,
    allowRequest: (req, callback) => callback(null, originAllowed(req, config)),
    cors: config.allowedOrigins.length > 0 ? { origin: config.allowedOrigins } : undefined,
    serveClient: false,
  });
  // Several processes: only with a shared database can they serve the same retros together.
  if (config.redisUrl) {
    if (!config.databaseUrl) throw new Error('REDIS_URL needs DATABASE_URL: processes share retros through PostgreSQL.');
    cluster = await joinCluster(io, { redisUrl: config.redisUrl, databaseUrl: config.databaseUrl }, logger);
  }
  rooms = new RoomRegistry(store, (retroId) => socketOutbox(io, retroId), logger, cluster?.peers);
  cluster?.listen(rooms);
  attachSocketHandlers(io, { rooms, logger });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const stopRetention = startRetention(config, store, closeRetro, logger);
  logger.info({ url, dataDir: config.dataDir }, 'Debrief is listening');

  return {
    url,
    port,
    store,
    /**
     * Drains (SIGTERM, a rolling deploy): stop taking connections, let the commands under way
     * finish and answer on the connections they came from, then tell this process's clients
     * `shutdown` so they reconnect (to another process, when there are several) and resync.
     */
    async close() {
      stopRetention();
      httpServer.close();
      await rooms.drain();
      await sayShutdown(io);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await rooms.drain();
      await cluster?.close();
      await store.close();
    },
  };
}

/** However long a connection takes to flush `shutdown`, the process stops after this. */
const SHUTDOWN_FLUSH_MS = 2_000;

/**
 * Tells this process's clients `shutdown` and closes their connections, waiting until each has
 * written its last packet: the process exits right after, which would otherwise cut the message.
 */
async function sayShutdown(io: DebriefServer): Promise<void> {
  const connections = [...io.of('/').sockets.values()].map((socket) => socket.conn);
  const closed = connections.map((conn) => (conn.readyState === 'closed' ? undefined : new Promise((resolve) => conn.once('close', resolve))));
  io.local.emit('closing', { reason: 'shutdown' });
  io.local.disconnectSockets(true);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_FLUSH_MS)));
  await Promise.race([Promise.all(closed), deadline]);
  clearTimeout(timer);
}
