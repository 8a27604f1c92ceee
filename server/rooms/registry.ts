import { applyAll } from '../../shared/domain/apply.ts';
import type { Logger } from '../logger.ts';
import type { RetroStore } from '../store/types.ts';
import type { RoomOutbox } from './outbox.ts';
import type { SharedPresence } from './presence.ts';
import { Room, type RoomPeers } from './room.ts';

/** The other processes, as the registry sees them: rooms' peers, told when a room loads. */
export interface RegistryPeers extends RoomPeers {
  /** A room was loaded here: say who is here and ask the others to say who is with them. */
  loaded(retroId: string, presence: SharedPresence): void;
}

/** How long a room with nobody connected stays in memory before it is unloaded. */
const IDLE_UNLOAD_MS = 60_000;

/**
 * Loads each retro's room once, on demand, and unloads it when nobody has been connected for
 * a while. Concurrent requests for the same retro share one load, so there is only ever one
 * authority per retro in this process.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>();
  /** The same rooms once loaded, for checks that must not wait. */
  private readonly loaded = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: RetroStore,
    private readonly outboxFor: (retroId: string) => RoomOutbox,
    private readonly logger: Logger,
    private readonly peers?: RegistryPeers,
  ) {}

  /** The room if it is loaded here, for messages from other processes (which never load one). */
  loadedRoom(retroId: string): Room | undefined {
    return this.loaded.get(retroId);
  }

  forEachLoaded(visit: (room: Room) => unknown): void {
    for (const room of this.loaded.values()) visit(room);
  }

  get(retroId: string): Promise<Room | null> {
    let room = this.rooms.get(retroId);
    if (!room) {
      const loading = this.load(retroId);
      room = loading;
      this.rooms.set(retroId, loading);
      // Only this load's own entry is touched: a forget() and a newer load may have come since.
      const drop = () => {
        if (this.rooms.get(retroId) === loading) this.rooms.delete(retroId);
      };
      loading.then((loaded) => {
        if (!loaded) return drop();
        if (this.rooms.get(retroId) !== loading) {
          loaded.retired = true;
          return;
        }
        this.loaded.set(retroId, loaded);
        if (this.peers) {
          this.peers.loaded(retroId, loaded.presence.share());
          void loaded.refresh();
        }
        this.unloadWhenIdle(retroId);
      }, drop);
    }
    return room;
  }

  /** Call when a room may have become empty; it is unloaded if it stays empty. */
  unloadWhenIdle(retroId: string): void {
    clearTimeout(this.unloadTimers.get(retroId));
    const timer = setTimeout(async () => {
      this.unloadTimers.delete(retroId);
      const room = this.loaded.get(retroId);
      if (!room?.presence.isEmpty) return;
      await room.idle();
      // Checked again, synchronously with the removal: nobody can join in between.
      if (room.presence.isEmpty && this.loaded.get(retroId) === room) this.retire(room);
    }, IDLE_UNLOAD_MS);
    timer.unref();
    this.unloadTimers.set(retroId, timer);
  }

  /**
   * Lets go of a retro's room (deleted, purged, or unsure of its state) and closes its
   * connections; the next connection loads it afresh from the store, if it still exists.
   */
  forget(retroId: string, reason: 'retro_deleted' | 'reload'): void {
    clearTimeout(this.unloadTimers.get(retroId));
    this.unloadTimers.delete(retroId);
    void this.rooms.get(retroId)?.then(
      (room) => room && (room.retired = true),
      () => undefined,
    );
    this.rooms.delete(retroId);
    this.loaded.delete(retroId);
    this.outboxFor(retroId).closeAll(reason);
  }

  async drain(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    const rooms = await Promise.allSettled(this.rooms.values());
    await Promise.all(rooms.map((result) => (result.status === 'fulfilled' ? result.value?.idle() : undefined)));
  }

  private retire(room: Room): void {
    room.retired = true;
    this.rooms.delete(room.id);
    this.loaded.delete(room.id);
  }

  private async load(retroId: string): Promise<Room | null> {
    const loaded = await this.store.load(retroId);
    if (!loaded) return null;
    const state = applyAll(loaded.snapshot, loaded.events);
    this.logger.debug({ retroId, version: state.version, replayed: loaded.events.length }, 'room loaded');
    const room = new Room(
      { id: retroId, keyHash: loaded.record.keyHash, state, snapshotVersion: loaded.snapshot.version, participantIds: loaded.participantIds },
      {
        store: this.store,
        outbox: this.outboxFor(retroId),
        logger: this.logger,
        peers: this.peers,
        retire: (stale) => {
          if (this.loaded.get(stale.id) === stale) this.forget(stale.id, 'reload');
        },
      },
    );
    return room;
  }
}
