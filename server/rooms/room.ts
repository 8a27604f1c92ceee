import { applyAll } from '../../shared/domain/apply.ts';
import { changesFor, involvedIn, touchedBy, UNINVOLVED } from '../../shared/domain/changes.ts';
import { decide, type DecidableCommand } from '../../shared/domain/decide.ts';
import type { RetroEvent } from '../../shared/domain/events.ts';
import type { Actor, RetroState } from '../../shared/domain/state.ts';
import { viewFor } from '../../shared/domain/view.ts';
import type { Command } from '../../shared/protocol/commands.ts';
import { commandError, INTERNAL_ERROR_MESSAGE } from '../../shared/protocol/errors.ts';
import type { CommandAck, SnapshotMessage } from '../../shared/protocol/messages.ts';
import type { Logger } from '../logger.ts';
import { newEntityId } from '../security.ts';
import { VersionConflictError, type RetroStore } from '../store/types.ts';
import type { RoomOutbox } from './outbox.ts';
import { PeerPresence } from './peerPresence.ts';
import { Presence, type SharedPresence } from './presence.ts';
import { ReadyAcks } from './readyAcks.ts';

/** Take a snapshot after this many events, so loading a retro replays at most that many. */
const SNAPSHOT_EVERY = 250;
/** How often a command decides again after another process moved the retro on first. */
const MAX_CONFLICT_RETRIES = 20;

/**
 * A short random wait before deciding again after a conflict, growing with each attempt: when
 * processes collide on one retro, retrying at once lets the same process lose every race (seen
 * as 20 lost races in a row under load); a jittered pause spreads the writers out.
 */
const conflictPause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(2 + attempt * 3, 40)));

/**
 * The other processes serving the same retros (multi-process mode). In a single process there
 * are none and nothing is sent.
 */
export interface RoomPeers {
  /** Events this process appended at fromVersion + 1…: the others apply them to their rooms. */
  events(retroId: string, fromVersion: number, events: RetroEvent[]): void;
  /** This process's connections to the retro changed. */
  presence(retroId: string, presence: SharedPresence): void;
}

export interface RoomDeps {
  store: RetroStore;
  outbox: RoomOutbox;
  logger: Logger;
  /** Lets go of this room when its memory may no longer match the store (a failed write). */
  retire: (room: Room) => void;
  peers?: RoomPeers;
}

export interface RoomSeed {
  id: string;
  /** The facilitator key's hash, so a handshake is checked without another read. */
  keyHash: string;
  state: RetroState;
  snapshotVersion: number;
  participantIds: Iterable<string>;
}

const INTERNAL = commandError('internal', INTERNAL_ERROR_MESSAGE);

/**
 * The single authority for one retro. Commands run one at a time: decide, store the events with
 * the answer (durable before anyone hears of them; a retry finds its first answer there), apply,
 * send every connected viewer their own projection of the change, then acknowledge. The room
 * knows nothing of sockets.
 */
export class Room {
  readonly id: string;
  readonly keyHash: string;
  readonly presence = new Presence();
  /** What the other processes serving this retro said about their connections. */
  private readonly peerPresence = new PeerPresence();
  /** Set when the registry lets go of this room; a connection must then fetch a fresh one. */
  retired = false;
  private state: RetroState;
  private queue: Promise<unknown> = Promise.resolve();
  private lastSnapshotVersion: number;
  /** Everyone who ever joined, counted (never listed) in the export. */
  private readonly participants: Set<string>;
  private readonly readyAcks = new ReadyAcks();
  /** Set while a presence announcement waits for the end of this loop turn (announcePresence). */
  private presenceAnnouncement: { ownChanged: boolean } | null = null;

  constructor(seed: RoomSeed, private readonly deps: RoomDeps) {
    this.id = seed.id;
    this.keyHash = seed.keyHash;
    this.state = seed.state;
    this.lastSnapshotVersion = seed.snapshotVersion;
    this.participants = new Set(seed.participantIds);
  }

  /** The current state, for exports. Never sent to a client as it is. */
  get current(): RetroState {
    return this.state;
  }

  get participantCount(): number {
    return this.participants.size;
  }

  /** Resolves once every command queued so far has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  snapshotFor(actor: Actor): SnapshotMessage {
    const view = viewFor(this.state, { ...actor, ready: this.presence.isReady(actor.participantId) }, this.presenceView());
    return { version: this.state.version, view, serverTime: new Date().toISOString() };
  }

  connect(actor: Actor): void {
    this.presence.connect(actor.participantId, actor.role);
    if (!this.participants.has(actor.participantId)) {
      this.participants.add(actor.participantId);
      this.deps.store.recordParticipant(this.id, actor.participantId).catch((error: unknown) => {
        this.deps.logger.warn({ err: error, retroId: this.id }, 'could not record a participant');
      });
    }
    this.announcePresence();
  }

  disconnect(participantId: string): void {
    this.presence.disconnect(participantId);
    this.announcePresence();
  }

  /**
   * Another process appended these events. They wait their turn behind local commands; a gap
   * (a message missed, or one still on its way) is filled from the store, which has them all.
   */
  receiveEvents(fromVersion: number, events: RetroEvent[]): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.retired || fromVersion + events.length <= this.state.version) return;
      if (fromVersion === this.state.version && events.length > 0) this.absorb(events);
      else await this.catchUp();
    });
    this.queue = run.catch((error: unknown) => {
      this.deps.logger.error({ err: error, retroId: this.id }, 'catching up with another process failed');
    });
    return this.queue.then(() => undefined);
  }

  /** Reads the log for anything appended elsewhere while this room was loading. */
  refresh(): Promise<void> {
    return this.receiveEvents(Number.MAX_SAFE_INTEGER, []);
  }

  /** Another process's connections to this retro changed (or it asked for ours). */
  receivePresence(processId: string, presence: SharedPresence): void {
    this.peerPresence.set(processId, presence);
    // They joined through another process (which stored them); the export counts them here too.
    for (const participantId of presence.online) this.participants.add(participantId);
    this.announcePresence(false);
  }

  /**
   * Forgets processes that went silent (killed, or cut off). One may have died between storing a
   * change and sending it, so the log is read again; the counts go out without its people.
   */
  expireSilentPeers(): void {
    if (!this.peerPresence.expire()) return;
    this.announcePresence(false);
    void this.refresh();
  }

  /** Another process shut down: its connections no longer count. */
  peerGone(processId: string): void {
    this.peerPresence.forget(processId);
    this.announcePresence(false);
  }

  /** Runs a parsed command for `actor`; never throws, always answers with an ack. */
  execute(actor: Actor, command: Command): Promise<CommandAck> {
    if (command.type === 'participant.ready') return Promise.resolve(this.setReady(actor, command.id, command.ready));
    const run = this.queue.then(() => this.run(actor, command));
    this.queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      this.deps.logger.error({ err: error, retroId: this.id, type: command.type }, 'command failed');
      return { ok: false, error: INTERNAL };
    });
  }

  /** Readiness is presence, not history: it neither raises the version nor waits in line. */
  private setReady(actor: Actor, commandId: string, ready: boolean): CommandAck {
    const earlier = this.readyAcks.get(actor.participantId, commandId);
    if (earlier) return earlier;
    this.presence.setReady(actor.participantId, ready);
    this.deps.outbox.toParticipant(actor.participantId, 'ready', { ready: this.presence.isReady(actor.participantId) });
    this.announcePresence();
    const ack: CommandAck = { ok: true, version: this.state.version };
    this.readyAcks.set(actor.participantId, commandId, ack);
    return ack;
  }

  private async run(actor: Actor, command: DecidableCommand): Promise<CommandAck> {
    const { store } = this.deps;
    // A retired room's memory may not match the store: answer so the client retries elsewhere.
    if (this.retired) return { ok: false, error: INTERNAL };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.decideAndAppend(actor, command);
      } catch (error) {
        // Another process moved the retro on: take its events from the log and decide again.
        if (!(error instanceof VersionConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        await conflictPause(attempt);
        await this.catchUp();
      }
    }
  }

  private async decideAndAppend(actor: Actor, command: DecidableCommand): Promise<CommandAck> {
    const { store } = this.deps;
    const stored = { participantId: actor.participantId, commandId: command.id };
    const decision = decide(this.state, command, actor, { now: new Date(), newId: newEntityId });
    if (!decision.ok) {
      // A retry of a command that was accepted may be refused now (its card exists, its votes
      // are spent): the first answer is the one that counts. Refusals are rare, so the read
      // costs little; an accepted command learns the same from its append (below).
      const earlier = await store.findAck(this.id, actor.participantId, command.id);
      if (earlier) return earlier;
      // A refusal is kept for good, so it must not rest on a state another process has moved past.
      const newer = await store.eventsAfter(this.id, this.state.version);
      if (newer.length > 0) {
        this.absorb(newer);
        throw new VersionConflictError(this.id, this.state.version);
      }
      const ack: CommandAck = { ok: false, error: decision.error };
      // Another process may have answered this very command meanwhile: its answer is the one kept.
      return store.recordAck(this.id, { ...stored, ack });
    }
    const before = this.state;
    const after = applyAll(before, decision.events);
    const ack: CommandAck = {
      ok: true,
      version: after.version,
      ...(decision.createdId ? { id: decision.createdId } : {}),
      ...(decision.createdIds ? { ids: decision.createdIds } : {}),
    };
    const snapshot = after.version - this.lastSnapshotVersion >= SNAPSHOT_EVERY ? after : undefined;
    try {
      // Answered before (a retry, here or on another process): nothing was written.
      const earlier = await store.append({ retroId: this.id, fromVersion: before.version, events: decision.events, ack: { ...stored, ack }, snapshot });
      if (earlier) return earlier;
    } catch (error) {
      if (error instanceof VersionConflictError) throw error;
      // We cannot tell whether the write reached the disk; only the store knows the truth now.
      // Let go of this room so the next connection loads it afresh from there.
      this.deps.logger.error({ err: error, retroId: this.id, type: command.type }, 'append failed; reloading the room');
      this.retired = true;
      // Closing the connections waits a turn, so this answer reaches its author first.
      setImmediate(() => this.deps.retire(this));
      return { ok: false, error: INTERNAL };
    }
    if (snapshot) this.lastSnapshotVersion = after.version;
    this.state = after;
    this.deps.peers?.events(this.id, before.version, decision.events);
    try {
      this.publish(before, after, decision.events);
    } catch (error) {
      // Stored is stored: the author gets the truth, and others catch up by resyncing.
      this.deps.logger.error({ err: error, retroId: this.id, type: command.type }, 'publishing a change failed');
    }
    return ack;
  }

  /** Reads what other processes appended since our version and applies it. */
  private async catchUp(): Promise<void> {
    const events = await this.deps.store.eventsAfter(this.id, this.state.version);
    if (events.length > 0) this.absorb(events);
  }

  /** Applies events decided elsewhere and shows them to this process's viewers. */
  private absorb(events: RetroEvent[]): void {
    const before = this.state;
    this.state = applyAll(before, events);
    try {
      this.publish(before, this.state, events);
    } catch (error) {
      this.deps.logger.error({ err: error, retroId: this.id }, 'publishing a change failed');
    }
  }

  /** Sends each connected viewer what this change looks like to them. */
  private publish(before: RetroState, after: RetroState, events: RetroEvent[]): void {
    const { outbox } = this.deps;
    const touched = touchedBy(before, after, events);
    const involved = involvedIn(before, after, touched);
    // The clock rides along only when the timer changed: it is what the client corrects with.
    const clock = touched.timer ? { serverTime: new Date().toISOString() } : {};
    const message = (viewer: Actor) => ({ version: after.version, changes: changesFor(before, after, touched, viewer), ...clock });

    const personal = involved === 'everyone' ? [...this.presence.connectedIds] : [...involved];
    for (const participantId of personal) {
      if (!this.presence.has(participantId)) continue;
      outbox.toParticipant(participantId, 'changes', message({ participantId, role: this.presence.roleOf(participantId) }));
    }
    // Everyone else sees the same thing, so it is built and encoded once.
    if (involved !== 'everyone') outbox.toAllExcept(involved, 'changes', message(UNINVOLVED));

    if (before.retro.phase !== after.retro.phase) this.resetReadiness();
  }

  /** A new phase is new work: everyone starts it not ready. */
  private resetReadiness(): void {
    this.peerPresence.clearReady();
    const cleared = this.presence.clearReady();
    for (const participantId of cleared) this.deps.outbox.toParticipant(participantId, 'ready', { ready: false });
    if (cleared.length > 0) this.announcePresence();
  }

  private presenceView() {
    return this.peerPresence.view(this.presence);
  }

  /**
   * Tells this process's viewers the counts, and (when ours changed) the other processes, once
   * per loop turn: when many connect or leave together (a meeting ends, a network blip drops a
   * whole office), each viewer gets one count for all of them instead of one per arrival or
   * departure, which for a room of n is n² messages.
   */
  private announcePresence(ownChanged = true): void {
    if (this.presenceAnnouncement) {
      this.presenceAnnouncement.ownChanged ||= ownChanged;
      return;
    }
    this.presenceAnnouncement = { ownChanged };
    setImmediate(() => {
      const { ownChanged: shareWithPeers } = this.presenceAnnouncement!;
      this.presenceAnnouncement = null;
      this.deps.outbox.toAllExcept([], 'presence', this.presenceView());
      if (shareWithPeers) this.deps.peers?.presence(this.id, this.presence.share());
    });
  }

  /** Repeats our presence so the other processes do not take us for gone. */
  sharePresence(): void {
    this.deps.peers?.presence(this.id, this.presence.share());
  }
}
