import type { RetroEvent } from '../../shared/domain/events.ts';
import type { RetroState } from '../../shared/domain/state.ts';
import type { CommandAck } from '../../shared/protocol/messages.ts';

/**
 * Stored events, snapshots and acks carry the schema version they were written with. A release
 * that changes their shape raises the version and adds one step here from the old shape to the
 * new, so it reads whatever earlier releases wrote (every engine, every row). Data written by a
 * newer release than this one is refused: guessing at a shape we do not know would corrupt it.
 */
export const STORED_SCHEMA_VERSION = 1;

type Step = (value: unknown) => unknown;

/** Steps from version N to N + 1, keyed by N. None yet: version 1 is the first. */
export interface UpcastSteps {
  event: Record<number, Step>;
  snapshot: Record<number, Step>;
  ack: Record<number, Step>;
}

export const UPCASTS: UpcastSteps = { event: {}, snapshot: {}, ack: {} };

export class NewerDataError extends Error {
  constructor(kind: string, version: number) {
    super(`Stored ${kind} has schema version ${version}, newer than this release reads (${STORED_SCHEMA_VERSION}). Upgrade Debrief.`);
  }
}

export function upcast(kind: keyof UpcastSteps, value: unknown, version: number, steps: UpcastSteps = UPCASTS, latest = STORED_SCHEMA_VERSION): unknown {
  if (version > latest) throw new NewerDataError(kind, version);
  let current = value;
  for (let from = version; from < latest; from++) {
    const step = steps[kind][from];
    if (!step) throw new Error(`No upcast for a stored ${kind} from schema version ${from}.`);
    current = step(current);
  }
  return current;
}

export const upcastEvent = (value: unknown, version: number) => upcast('event', value, version) as RetroEvent;
export const upcastSnapshot = (value: unknown, version: number) => upcast('snapshot', value, version) as RetroState;
export const upcastAck = (value: unknown, version: number) => upcast('ack', value, version) as CommandAck;
