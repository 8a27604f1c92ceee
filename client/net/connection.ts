import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import type { CommandAck, HandshakeAuth } from '../../shared/protocol/messages.ts';
import { useRetroStore, type RetroStoreApi } from '../store/store.ts';
import { createCommandChannel, type CommandDraft, type SendOptions } from './commands.ts';
import { requestExport } from './exportRetro.ts';
import { participantToken } from './identity.ts';
import { loadPending, savePending } from './pendingStorage.ts';
import { resync } from './resync.ts';
import { socketOptions, type ExportAck, type ExportFormat, type Link, type RetroSocket } from './socket.ts';

export interface ConnectOptions {
  facilitatorKey?: string;
  /** For tests: a ready-made socket instead of `io()` against this page's origin. */
  makeSocket?: (auth: HandshakeAuth) => RetroSocket;
}

/** Answers no reconnection can change: the page shows a problem screen instead. */
const isFinal = (status: string) => status === 'not_found' || status === 'forbidden' || status === 'page_outdated' || status === 'server_outdated';

/** If a (re)connection brings no snapshot within this time, ask for one. */
const SNAPSHOT_GRACE_MS = 3000;

/**
 * A connection to the server: the socket, the commands on their way and the sync in progress,
 * all held by this object, which writes into `store`. The app makes one (client/net/index.ts);
 * a test can make several, each with its own store, like several browser tabs.
 */
export interface Connection {
  /** Joins a retro; returns a function that leaves it again. */
  connect(retroId: string, options?: ConnectOptions): () => void;
  sendCommand(draft: CommandDraft, options?: SendOptions): Promise<CommandAck>;
  untilVersion(version: number): Promise<void>;
  requestExport(format: ExportFormat): Promise<ExportAck>;
}

export function createConnection(store: RetroStoreApi = useRetroStore): Connection {
  const link: Link = { store, socket: null, generation: 0, syncing: false };
  let commands = createCommandChannel(link);
  return {
    connect(retroId, options = {}) {
      // Bookkeeping of an earlier visit belongs to a connection that is gone.
      commands = createCommandChannel(link);
      link.syncing = false;
      return joinRetro(link, commands, retroId, options);
    },
    sendCommand: (draft, options) => commands.send(draft, options),
    untilVersion: (version) => commands.untilVersion(version),
    requestExport: (format) => requestExport(link, format),
  };
}

/**
 * Joins a retro: opens the socket, keeps the store in step with the server, and heals a
 * dropped connection by itself. Returns a function that leaves the retro again.
 */
function joinRetro(
  link: Link,
  { flushPending, connectionLost }: ReturnType<typeof createCommandChannel>,
  retroId: string,
  options: ConnectOptions,
): () => void {
  const useRetroStore = link.store;
  const store = useRetroStore.getState();
  store.setRetroId(retroId);
  store.setStatus(navigator.onLine ? 'connecting' : 'offline');
  store.restorePending(loadPending(retroId));

  // Mirror pending commands to storage, so a reload (even offline) loses nothing.
  const unsubscribe = useRetroStore.subscribe((state, previous) => {
    if (state.pending !== previous.pending && state.retroId === retroId) savePending(retroId, state.pending);
  });

  const auth: HandshakeAuth = { retroId, token: participantToken(retroId), protocol: PROTOCOL_VERSION, ...(options.facilitatorKey ? { facilitatorKey: options.facilitatorKey } : {}) };
  const socket: RetroSocket = options.makeSocket
    ? options.makeSocket(auth)
    : io(socketOptions(auth));
  link.socket = socket;
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;

  socket.on('connect', () => {
    link.generation++;
    const generation = link.generation;
    // The server pushes a snapshot right after connecting; this is only a safety net.
    clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(() => {
      if (link.generation === generation && useRetroStore.getState().status !== 'live') resync(link);
    }, SNAPSHOT_GRACE_MS);
  });
  socket.on('snapshot', (message) => {
    const current = useRetroStore.getState();
    // A snapshot is authoritative for its version; an older one (rare race with a sync) is not.
    if (message.version >= current.version || current.status !== 'live') current.receiveSnapshot(message);
    current.setStatus('live');
    flushPending();
  });
  socket.on('changes', (message) => {
    if (useRetroStore.getState().receiveChanges(message) === 'gap') resync(link);
  });
  socket.on('presence', (presence) => useRetroStore.getState().receivePresence(presence));
  socket.on('ready', ({ ready }) => useRetroStore.getState().receiveReady(ready));
  socket.on('closing', ({ reason, protocol }) => {
    if (reason === 'retro_deleted') {
      useRetroStore.getState().setStatus('not_found');
      socket.disconnect();
    }
    if (reason === 'unsupported_protocol') {
      // Reconnecting cannot help: this page or the server has to change first.
      useRetroStore.getState().setStatus((protocol ?? 0) > PROTOCOL_VERSION ? 'page_outdated' : 'server_outdated');
      socket.disconnect();
    }
  });
  socket.on('connect_error', (error) => {
    const code = (error as Error & { data?: { code?: string } }).data?.code;
    if (code === 'not_found' || code === 'forbidden') {
      // Final answers: retrying cannot fix an unknown retro or a wrong facilitator link.
      useRetroStore.getState().setStatus(code);
      socket.disconnect();
      return;
    }
    useRetroStore.getState().setStatus(navigator.onLine ? 'reconnecting' : 'offline');
  });
  socket.on('disconnect', (reason) => {
    connectionLost();
    const status = useRetroStore.getState().status;
    // Closed on purpose (gone offline, unknown retro, leaving): the status is already right.
    if (reason === 'io client disconnect' || isFinal(status)) return;
    useRetroStore.getState().setStatus(navigator.onLine ? 'reconnecting' : 'offline');
    // Socket.IO does not retry after the server itself closed the connection; we do.
    if (reason === 'io server disconnect') socket.connect();
  });

  // The browser knows before Socket.IO's heartbeat does: drop the socket at once when the
  // network goes away (so nothing is written into a dead connection) and come back with it.
  const goneOffline = () => {
    if (!link.socket) return;
    useRetroStore.getState().setStatus('offline');
    socket.disconnect();
  };
  const backOnline = () => {
    if (isFinal(useRetroStore.getState().status)) return;
    useRetroStore.getState().setStatus('reconnecting');
    socket.connect();
  };
  window.addEventListener('offline', goneOffline);
  window.addEventListener('online', backOnline);
  if (navigator.onLine) socket.connect();

  return () => {
    window.removeEventListener('offline', goneOffline);
    window.removeEventListener('online', backOnline);
    clearTimeout(snapshotTimer);
    unsubscribe();
    socket.removeAllListeners();
    socket.disconnect();
    if (link.socket === socket) link.socket = null;
  };
}
