import type { Phase } from '../../shared/domain/values.ts';

export { PHASE_LABELS } from '../../shared/domain/values.ts';

/** One line under each phase's heading: what the room is doing now. */
export const PHASE_PURPOSE: Record<Phase, string> = {
  setup: 'What happened, how bad it was, and how this retro will run.',
  timeline: 'Rebuild what happened and when — as it looked at the time.',
  factors: 'What made this possible, hard, surprising — or lucky? Look for conditions, not culprits.',
  voting: 'Place your dots on the factors that matter most. Totals appear when voting closes.',
  actions: 'Turn the top factors into work for teams and roles, with a due date and a way to tell it is done.',
  review: 'The summary of the retro and its post-mortem.',
};
