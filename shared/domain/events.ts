import type { ActionEvent } from './entities/actions.ts';
import type { FactorEvent } from './entities/factors.ts';
import type { RetroLevelEvent } from './entities/retro.ts';
import type { TimelineEvent } from './entities/timeline.ts';
import type { VoteEvent } from './entities/votes.ts';

/**
 * What happened to a retro. Events are the durable record: the store appends them, and
 * `apply` folds them into state. They may name participant ids because they never leave the
 * server; what clients receive is always a per-viewer projection. Each entity declares its own
 * events next to the rules that emit and apply them (entities/).
 */
export type RetroEvent = RetroLevelEvent | TimelineEvent | FactorEvent | VoteEvent | ActionEvent;

export type RetroEventType = RetroEvent['type'];

export type { ActionEvent, FactorEvent, RetroLevelEvent, TimelineEvent, VoteEvent };
