import type { PresenceView } from '../../shared/protocol/view.ts';
import type { Presence, SharedPresence } from './presence.ts';

/** A process that has not repeated its presence for this long is taken to be gone. */
export const PEER_PRESENCE_TTL_MS = 15_000;

/**
 * What the other processes serving a retro last said about their own connections. Counts are
 * taken over the union with this process's own, so a participant with tabs on two processes
 * counts once, and a process that dies stops counting once its word expires.
 */
export class PeerPresence {
  private readonly peers = new Map<string, SharedPresence & { heardAt: number }>();

  set(processId: string, presence: SharedPresence, now = Date.now()): void {
    if (presence.online.length === 0) this.peers.delete(processId);
    else this.peers.set(processId, { ...presence, heardAt: now });
  }

  forget(processId: string): void {
    this.peers.delete(processId);
  }

  /** A new phase clears readiness everywhere; each process also clears its own. */
  clearReady(): void {
    for (const peer of this.peers.values()) peer.ready = [];
  }

  /** Drops the processes silent for too long; true if there were any (they may have died). */
  expire(now = Date.now()): boolean {
    let expired = false;
    for (const [processId, peer] of this.peers) {
      if (now - peer.heardAt <= PEER_PRESENCE_TTL_MS) continue;
      this.peers.delete(processId);
      expired = true;
    }
    return expired;
  }

  view(local: Presence, now = Date.now()): PresenceView {
    if (this.peers.size === 0) return local.view();
    this.expire(now);
    const own = local.share();
    const online = new Set(own.online);
    const ready = new Set(own.ready);
    const facilitators = new Set(own.facilitators);
    for (const peer of this.peers.values()) {
      for (const id of peer.online) online.add(id);
      for (const id of peer.ready) ready.add(id);
      // A process of the release before this field was added says nothing of facilitators.
      for (const id of peer.facilitators ?? []) facilitators.add(id);
    }
    let askedReady = 0;
    for (const id of ready) if (!facilitators.has(id)) askedReady++;
    return { online: online.size, ready: ready.size, asked: online.size - facilitators.size, askedReady };
  }
}
