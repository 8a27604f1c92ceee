import type { ActionKind, Priority } from '../../../shared/domain/values.ts';
import { DEFAULT_DUE_DAYS } from '../../../shared/domain/values.ts';
import type { ActionItemView } from '../../../shared/protocol/view.ts';
import { dateInDays } from '../../ui/time.ts';

/** The action item form's fields as typed (strings where the input holds strings). */
export interface ActionDraft {
  title: string;
  kind: ActionKind;
  owner: string;
  priority: Priority;
  dueDate: string;
  /** False until the person picks a date: until then it follows the priority's default. */
  dueDateTouched: boolean;
  doneCriterion: string;
  trackerUrl: string;
  factorIds: string[];
}

export function emptyDraft(factorIds: string[] = []): ActionDraft {
  return {
    title: '',
    kind: 'prevent',
    owner: '',
    priority: 'medium',
    dueDate: dateInDays(DEFAULT_DUE_DAYS.medium),
    dueDateTouched: false,
    doneCriterion: '',
    trackerUrl: '',
    factorIds,
  };
}

export function draftFrom(action: ActionItemView): ActionDraft {
  return {
    title: action.title,
    kind: action.kind,
    owner: action.owner,
    priority: action.priority,
    dueDate: action.dueDate ?? '',
    dueDateTouched: true,
    doneCriterion: action.doneCriterion,
    trackerUrl: action.trackerUrl ?? '',
    factorIds: action.factorIds,
  };
}

/** The command fields for a draft (empty optional fields become null). */
export function fieldsOf(draft: ActionDraft) {
  return {
    title: draft.title,
    kind: draft.kind,
    owner: draft.owner,
    priority: draft.priority,
    dueDate: draft.dueDate || null,
    doneCriterion: draft.doneCriterion,
    trackerUrl: draft.trackerUrl.trim() || null,
    factorIds: draft.factorIds,
  };
}

/** Changing the priority moves an untouched due date to that priority's default. */
export function withPriority(draft: ActionDraft, priority: Priority): ActionDraft {
  return draft.dueDateTouched ? { ...draft, priority } : { ...draft, priority, dueDate: dateInDays(DEFAULT_DUE_DAYS[priority]) };
}
