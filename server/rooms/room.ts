import { applyAll } from '../../shared/domain/apply.ts';
import { changesFor, involvedIn, touchedBy, UNINVOLVED } from '../../shared/domain/changes.ts';
import { decide, type DecidableCommand } from '../../shared/domain/decide.ts';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { Actor, RetroState } from '../../shared/domain/state.ts';
import { viewFor } from '../../shared/domain/view.ts';
import type { Command } from '../../shared/protocol/commands.ts';
import { commandError } from '../../shared/protocol/errors.ts';
import type { CommandAck, SnapshotMessage } from '../../shared/protocol/messages.ts';
import type { Logger } from '../logger.ts';
import { newEntityId } from '../security.ts';
import type { RetroStore } from '../store/types.ts';
import type { RoomOutbox } from './outbox.ts';
import { Presence } from './presence.ts';

/** Take a snapshot after this many events, so loading a retro replays at most that many. */
const SNAPSHOT_EVERY = 250;

export interface RoomDeps {
  store: RetroStore;
  outbox: RoomOutbox;
  logger: Logger;
}

/**
 * The single authority for one retro. Commands run one at a time: check for a retry, decide,
 * store the events (durable before anyone hears of them), apply, send every connected viewer
 * their own projection of the change, then acknowledge. The room knows nothing of sockets.
 */
export class Room {
  readonly presence = new Presence();
  /** Set when the registry lets go of this room; a connection must then fetch a fresh one. */
  retired = false;
  private queue: Promise<unknown> = Promise.resolve();
  private lastSnapshotVersion: number;

  constructor(
    readonly id: string,
    private state: RetroState,
    snapshotVersion: number,
    private readonly deps: RoomDeps,
  ) {
    this.lastSnapshotVersion = snapshotVersion;
  }

  get version(): number {
    return this.state.version;
  }

  /** The current state, for exports. Never sent to a client as it is. */
  get current(): RetroState {
    return this.state;
  }

  /** Resolves once every command queued so far has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  snapshotFor(actor: Actor): SnapshotMessage {
    const view = viewFor(this.state, { ...actor, ready: this.presence.isReady(actor.participantId) }, this.presence.view());
    return { version: this.state.version, view, serverTime: new Date().toISOString() };
  }

  connect(actor: Actor): void {
    this.presence.connect(actor.participantId, actor.role);
    this.announcePresence();
  }

  disconnect(participantId: string): void {
    this.presence.disconnect(participantId);
    this.announcePresence();
  }

  /** Runs a parsed command for `actor`; never throws, always answers with an ack. */
  execute(actor: Actor, command: Command): Promise<CommandAck> {
    if (command.type === 'participant.ready') {
      // Readiness is presence, not history: it neither raises the version nor waits in line.
      this.presence.setReady(actor.participantId, command.ready);
      this.deps.outbox.toParticipant(actor.participantId, 'ready', { ready: this.presence.isReady(actor.participantId) });
      this.announcePresence();
      return Promise.resolve({ ok: true, version: this.state.version });
    }
    const run = this.queue.then(() => this.run(actor, command));
    this.queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      this.deps.logger.error({ err: error, retroId: this.id, type: command.type }, 'command failed');
      return { ok: false, error: commandError('internal', 'Something went wrong on the server; try again.') };
    });
  }

  private async run(actor: Actor, command: DecidableCommand): Promise<CommandAck> {
    const { store } = this.deps;
    const stored = { participantId: actor.participantId, commandId: command.id };
    const earlier = await store.findAck(this.id, actor.participantId, command.id);
    if (earlier) return earlier;

    const decision = decide(this.state, command, actor, { now: new Date(), newId: newEntityId });
    if (!decision.ok) {
      const ack: CommandAck = { ok: false, error: decision.error };
      await store.recordAck(this.id, { ...stored, ack });
      return ack;
    }
    const before = this.state;
    const after = applyAll(before, decision.events);
    const ack: CommandAck = decision.createdId
      ? { ok: true, version: after.version, id: decision.createdId }
      : { ok: true, version: after.version };
    const snapshot = after.version - this.lastSnapshotVersion >= SNAPSHOT_EVERY ? after : undefined;
    await store.append({ retroId: this.id, fromVersion: before.version, events: decision.events, ack: { ...stored, ack }, snapshot });
    if (snapshot) this.lastSnapshotVersion = after.version;

    this.state = after;
    this.publish(before, after, decision.events);
    return ack;
  }

  /** Sends each connected viewer what this change looks like to them. */
  private publish(before: RetroState, after: RetroState, events: RetroEvent[]): void {
    const { outbox } = this.deps;
    const touched = touchedBy(before, after, events);
    const involved = involvedIn(before, after, touched);
    const serverTime = new Date().toISOString();
    const message = (viewer: Actor) => ({ version: after.version, changes: changesFor(before, after, touched, viewer), serverTime });

    const personal = involved === 'everyone' ? [...this.presence.connectedIds] : [...involved];
    for (const participantId of personal) {
      if (!this.presence.has(participantId)) continue;
      outbox.toParticipant(participantId, 'changes', message({ participantId, role: this.presence.roleOf(participantId) }));
    }
    // Everyone else sees the same thing, so it is built and encoded once.
    if (involved !== 'everyone') outbox.toAllExcept(involved, 'changes', message(UNINVOLVED));

    if (events.some((event) => event.type === 'phase.set') && before.retro.phase !== after.retro.phase) {
      this.resetReadiness();
    }
  }

  /** A new phase is new work: everyone starts it not ready. */
  private resetReadiness(): void {
    for (const participantId of this.presence.clearReady()) {
      this.deps.outbox.toParticipant(participantId, 'ready', { ready: false });
    }
    this.announcePresence();
  }

  private announcePresence(): void {
    this.deps.outbox.toAllExcept([], 'presence', this.presence.view());
  }
}
