import type { ActionItem, RetroState } from './state.ts';

/** The author of a carried action item: no participant of the new retro. */
export const CARRIED_AUTHOR = 'carried-from-earlier-retro';

/**
 * A follow-up retro starts with the earlier retro's action items that are still to do (not
 * done, not set aside), so the process comes back to its own actions. Each copy gets a new id
 * and names where it came from; it keeps title, kind, owner, priority, due date, status and
 * done-when, but not its factor links, which point into the earlier retro.
 */
export function carryOpenActions(earlier: RetroState, newId: () => string): Record<string, ActionItem> {
  const carried: Record<string, ActionItem> = {};
  for (const action of Object.values(earlier.actions)) {
    if (action.status === 'done' || action.status === 'not-doing') continue;
    const id = newId();
    // Everything the team wrote comes along, so a field added to action items later is carried
    // too; only what belonged to the earlier retro is replaced.
    carried[id] = {
      ...action,
      id,
      factorIds: [],
      reason: null,
      // Nobody in the new retro wrote it. Not '' (the uninvolved viewer's id in changes.ts):
      // a participant id is 22 characters of a hash, so this longer name can never be one.
      authorId: CARRIED_AUTHOR,
      carriedFrom: { id: earlier.retro.id, title: earlier.retro.title },
    };
  }
  return carried;
}
