import { randomBytes, randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { applyChanges } from '../../shared/protocol/applyChanges.ts';
import type { CommandInput } from '../../shared/protocol/commands.ts';
import type {
  ChangesMessage,
  ClientToServerEvents,
  CommandAck,
  HandshakeAuth,
  ServerToClientEvents,
  SyncAck,
} from '../../shared/protocol/messages.ts';
import type { PresenceView, RetroView } from '../../shared/protocol/view.ts';

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;
export type CommandBody = DistributiveOmit<CommandInput, 'id'>;

export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * A real socket.io client speaking only the public protocol, the way a bot would. It keeps
 * its own view by folding `changes` into the last `snapshot`, records every frame it
 * receives (to prove what never reaches it), and checks that versions only go up.
 */
export class TestClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly frames: string[] = [];
  view: RetroView | null = null;
  version = -1;
  presence: PresenceView | null = null;
  readonly versionsSeen: number[] = [];
  gaps = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly baseUrl: string,
    readonly retroId: string,
    readonly token: string = newToken(),
    readonly facilitatorKey?: string,
    options: { reconnection?: boolean } = {},
  ) {
    this.socket = io(baseUrl, {
      auth: { retroId, token, ...(facilitatorKey ? { facilitatorKey } : {}) } satisfies HandshakeAuth,
      transports: ['websocket'],
      reconnection: options.reconnection ?? false,
      forceNew: true,
    });
    this.socket.io.on('packet', (packet) => this.frames.push(JSON.stringify(packet)));
    this.socket.on('snapshot', (message) => {
      this.view = message.view;
      this.version = message.version;
      this.versionsSeen.push(message.version);
      this.notify();
    });
    this.socket.on('changes', (message) => this.onChanges(message));
    this.socket.on('presence', (presence) => {
      this.presence = presence;
      if (this.view) this.view = { ...this.view, participants: presence };
      this.notify();
    });
    this.socket.on('ready', ({ ready }) => {
      if (this.view) this.view = { ...this.view, me: { ...this.view.me, ready } };
      this.notify();
    });
  }

  /** Resolves once connected and the first snapshot has arrived; rejects on connect_error. */
  ready(): Promise<this> {
    return new Promise((resolve, reject) => {
      if (this.view) return resolve(this);
      this.socket.once('connect_error', reject);
      this.waitFor(() => this.view !== null).then(() => resolve(this), reject);
    });
  }

  async command(body: CommandBody, id: string = randomUUID()): Promise<CommandAck> {
    return this.socket.timeout(10_000).emitWithAck('command', { ...body, id } as CommandInput);
  }

  /** Sends a command that must succeed, and returns its ack. */
  async ok(body: CommandBody): Promise<CommandAck & { ok: true }> {
    const ack = await this.command(body);
    if (!ack.ok) throw new Error(`${body.type} failed: ${ack.error.code} ${ack.error.message}`);
    return ack;
  }

  async sync(): Promise<SyncAck> {
    const answer = await this.socket.timeout(10_000).emitWithAck('sync', {});
    // Never step back, as the app's own resync does not: a `changes` message that arrived with
    // the answer is handled before this continuation runs, so a gap's resync can come back
    // older than the view it would replace (seen as a card missing from the hidden count).
    if (answer.ok && answer.version >= this.version) {
      this.view = answer.view;
      this.version = answer.version;
      this.versionsSeen.push(answer.version);
      this.notify();
    }
    return answer;
  }

  /** Waits until `predicate` holds for this client's state (no sleeps: re-checked on every message). */
  waitFor(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
    });
  }

  /** Waits until this client has seen at least `version`. */
  atVersion(version: number): Promise<void> {
    return this.waitFor(() => this.version >= version);
  }

  close(): void {
    this.socket.disconnect();
  }

  private onChanges(message: ChangesMessage) {
    if (!this.view || message.version <= this.version) return;
    if (message.version !== this.version + 1) {
      this.gaps++;
      // A resync cut off by a disconnect (a killed process) has nothing left to repair: the
      // client that reconnects starts from a fresh snapshot. Left unhandled, it failed the run.
      this.sync().catch(() => undefined);
      return;
    }
    this.view = applyChanges(this.view, message.changes);
    this.version = message.version;
    this.versionsSeen.push(message.version);
    this.notify();
  }

  private notify() {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Connects and waits for the first snapshot. */
export function connect(
  baseUrl: string,
  retroId: string,
  options: { token?: string; facilitatorKey?: string; reconnection?: boolean } = {},
): Promise<TestClient> {
  return new TestClient(baseUrl, retroId, options.token, options.facilitatorKey, options).ready();
}
