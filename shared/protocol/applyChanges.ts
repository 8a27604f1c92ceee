import { sortFactors, sortTimeline } from '../domain/view.ts';
import type { ViewChange } from './messages.ts';
import type { RetroView } from './view.ts';

/** Folds the changes of one `changes` message into a view; pure, used by the client. */
export function applyChanges(view: RetroView, changes: readonly ViewChange[]): RetroView {
  let next = view;
  for (const change of changes) next = applyChange(next, change);
  return next;
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...list, item];
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

function applyChange(view: RetroView, change: ViewChange): RetroView {
  switch (change.op) {
    case 'retro':
      return { ...view, retro: change.retro };
    case 'timeline.put':
      return { ...view, timeline: sortTimeline(upsert(view.timeline, change.card)) };
    case 'timeline.drop':
      return {
        ...view,
        timeline: view.timeline.filter((card) => card.id !== change.id),
      };
    case 'factor.put':
      return { ...view, factors: sortFactors(upsert(view.factors, change.factor)) };
    case 'factor.drop':
      return { ...view, factors: view.factors.filter((factor) => factor.id !== change.id) };
    case 'action.put':
      return { ...view, actions: upsert(view.actions, change.action) };
    case 'action.drop':
      return { ...view, actions: view.actions.filter((action) => action.id !== change.id) };
    case 'hidden.adjust':
      return {
        ...view,
        hidden: { timeline: view.hidden.timeline + change.timeline, factors: view.hidden.factors + change.factors },
      };
    case 'me':
      return { ...view, me: { ...change.me, ready: view.me.ready } };
    case 'votes.placed':
      return { ...view, votesPlaced: change.placed };
    case 'timer':
      return { ...view, timer: change.timer };
  }
}
