import type { ActionItem, ContributingFactor, ParticipantId, RetroInfo, Settings, TimelineCard } from './state.ts';
import type { ActionStatus, Phase } from './values.ts';

/**
 * What happened to a retro. Events are the durable record: the store appends them, and
 * `apply` folds them into state. They may name participant ids because they never leave the
 * server; what clients receive is always a per-viewer projection.
 */
export type RetroEvent =
  | { type: 'retro.updated'; changes: Partial<Omit<RetroInfo, 'id' | 'phase' | 'settings'>>; settings?: Partial<Settings> }
  | { type: 'phase.set'; phase: Phase }
  | { type: 'timer.started'; endsAt: string }
  | { type: 'timer.stopped' }
  | { type: 'cards.revealed' }
  | { type: 'timeline.added'; card: TimelineCard }
  /** Several cards in one version (`timeline.import`), in the order they were sent. */
  | { type: 'timeline.imported'; cards: TimelineCard[] }
  | { type: 'timeline.edited'; cardId: string; changes: Partial<Pick<TimelineCard, 'text' | 'at' | 'marker' | 'evidenceUrl'>> }
  | { type: 'timeline.removed'; cardId: string }
  | { type: 'factor.added'; factor: ContributingFactor }
  | {
      type: 'factor.edited';
      factorId: string;
      changes: Partial<Pick<ContributingFactor, 'text' | 'category' | 'prompt' | 'timelineCardIds'>>;
    }
  | { type: 'factor.removed'; factorId: string }
  | { type: 'factor.merged'; sourceId: string; targetId: string }
  | { type: 'vote.cast'; factorId: string; voterId: ParticipantId }
  | { type: 'vote.retracted'; factorId: string; voterId: ParticipantId }
  | { type: 'action.added'; action: ActionItem }
  | { type: 'action.edited'; actionId: string; changes: Partial<Omit<ActionItem, 'id' | 'authorId' | 'status' | 'reason'>> }
  | { type: 'action.removed'; actionId: string }
  | { type: 'action.status'; actionId: string; status: ActionStatus; reason: string | null };

export type RetroEventType = RetroEvent['type'];
