import { applyAll } from '../../shared/domain/apply.ts';
import type { Logger } from '../logger.ts';
import type { RetroStore } from '../store/types.ts';
import type { RoomOutbox } from './outbox.ts';
import { Room } from './room.ts';

/** How long a room with nobody connected stays in memory before it is unloaded. */
const IDLE_UNLOAD_MS = 60_000;

/**
 * Loads each retro's room once, on demand, and unloads it when nobody has been connected for
 * a while. Concurrent requests for the same retro share one load, so there is only ever one
 * authority per retro in this process.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: RetroStore,
    private readonly outboxFor: (retroId: string) => RoomOutbox,
    private readonly logger: Logger,
  ) {}

  get(retroId: string): Promise<Room | null> {
    let room = this.rooms.get(retroId);
    if (!room) {
      room = this.load(retroId);
      this.rooms.set(retroId, room);
      room.then((loaded) => (loaded ? this.unloadWhenIdle(retroId) : this.rooms.delete(retroId)), () => this.rooms.delete(retroId));
    }
    return room;
  }

  /** Call when a room may have become empty; it is unloaded if it stays empty. */
  unloadWhenIdle(retroId: string): void {
    clearTimeout(this.unloadTimers.get(retroId));
    const timer = setTimeout(async () => {
      this.unloadTimers.delete(retroId);
      const room = await this.rooms.get(retroId);
      if (room && room.presence.isEmpty) {
        await room.idle();
        if (room.presence.isEmpty) {
          room.retired = true;
          this.rooms.delete(retroId);
        }
      }
    }, IDLE_UNLOAD_MS);
    timer.unref();
    this.unloadTimers.set(retroId, timer);
  }

  /** Forgets a room (after its retro was deleted). */
  forget(retroId: string): void {
    clearTimeout(this.unloadTimers.get(retroId));
    this.unloadTimers.delete(retroId);
    void this.rooms.get(retroId)?.then((room) => {
      if (room) room.retired = true;
    });
    this.rooms.delete(retroId);
  }

  async drain(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    const rooms = await Promise.all(this.rooms.values());
    await Promise.all(rooms.map((room) => room?.idle()));
  }

  private async load(retroId: string): Promise<Room | null> {
    const loaded = await this.store.load(retroId);
    if (!loaded) return null;
    const state = applyAll(loaded.snapshot, loaded.events);
    this.logger.debug({ retroId, version: state.version, replayed: loaded.events.length }, 'room loaded');
    return new Room(retroId, state, loaded.snapshot.version, {
      store: this.store,
      outbox: this.outboxFor(retroId),
      logger: this.logger,
    });
  }
}
