import type { Role } from '../../shared/domain/values.ts';
import type { PresenceView } from '../../shared/protocol/view.ts';

/** One process's presence in a retro, as server-side participant ids (never sent to clients). */
export interface SharedPresence {
  online: string[];
  ready: string[];
  /** Those of `online` holding the facilitator key: not asked to mark a step done. */
  facilitators: string[];
}

/**
 * Who is connected to a retro right now, counted per participant (a participant with two
 * tabs counts once). Readiness is presence too: it lasts while the participant is here and
 * is cleared when the phase moves on. Neither is stored; neither carries identity outward.
 */
export class Presence {
  private readonly connections = new Map<string, number>();
  private readonly readyIds = new Set<string>();
  /** Participants connected with the facilitator key on at least one device. */
  private readonly facilitatorIds = new Set<string>();

  connect(participantId: string, role: Role): void {
    this.connections.set(participantId, (this.connections.get(participantId) ?? 0) + 1);
    if (role === 'facilitator') this.facilitatorIds.add(participantId);
  }

  has(participantId: string): boolean {
    return this.connections.has(participantId);
  }

  roleOf(participantId: string): Role {
    return this.facilitatorIds.has(participantId) ? 'facilitator' : 'participant';
  }

  disconnect(participantId: string): void {
    const left = (this.connections.get(participantId) ?? 1) - 1;
    if (left > 0) {
      this.connections.set(participantId, left);
      return;
    }
    this.connections.delete(participantId);
    this.readyIds.delete(participantId);
    this.facilitatorIds.delete(participantId);
  }

  setReady(participantId: string, ready: boolean): void {
    if (ready && this.connections.has(participantId)) this.readyIds.add(participantId);
    else this.readyIds.delete(participantId);
  }

  isReady(participantId: string): boolean {
    return this.readyIds.has(participantId);
  }

  clearReady(): string[] {
    const cleared = [...this.readyIds];
    this.readyIds.clear();
    return cleared;
  }

  get connectedIds(): IterableIterator<string> {
    return this.connections.keys();
  }

  get isEmpty(): boolean {
    return this.connections.size === 0;
  }

  /** Who is here and who is ready, for the other processes serving this retro. */
  share(): SharedPresence {
    return { online: [...this.connections.keys()], ready: [...this.readyIds], facilitators: [...this.facilitatorIds] };
  }

  view(): PresenceView {
    let askedReady = 0;
    for (const id of this.readyIds) if (!this.facilitatorIds.has(id)) askedReady++;
    return {
      online: this.connections.size,
      ready: this.readyIds.size,
      asked: this.connections.size - this.facilitatorIds.size,
      askedReady,
    };
  }
}
