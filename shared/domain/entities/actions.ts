import { checkActionItem } from '../../blame/action.ts';
import { definedOnly, unique, without } from '../records.ts';
import { fail, ok, type CommandRules, type Decision, type EventRules } from '../rules.ts';
import type { ActionItem, Actor, RetroState } from '../state.ts';
import { DEFAULT_DUE_DAYS, type ActionStatus } from '../values.ts';
import { canSee } from '../visibility.ts';

/**
 * Action items: public work for teams and roles, linked to the factors they address, with a
 * status; "not doing" needs a reason so the same debate need not happen again.
 */

export type ActionEvent =
  | { type: 'action.added'; action: ActionItem }
  | { type: 'action.edited'; actionId: string; changes: Partial<Omit<ActionItem, 'id' | 'authorId' | 'status' | 'reason'>> }
  | { type: 'action.removed'; actionId: string }
  | { type: 'action.status'; actionId: string; status: ActionStatus; reason: string | null };

/**
 * Action items are public, so they may only link factors everyone can see: a link to a
 * still-private factor would tell everyone, after the reveal, who wrote both.
 */
function unknownFactors(state: RetroState, ids: readonly string[], actor: Actor): Decision | null {
  const missing = ids.find((id) => !state.factors[id] || !canSee(state.factors[id], actor));
  if (missing) return fail('not_found', `No such contributing factor: ${missing}.`);
  const hidden = ids.find((id) => state.factors[id].hidden);
  return hidden ? fail('conflict', 'That factor is still private; link it once the facilitator has revealed it.') : null;
}

/** Action items are work for teams and roles: a named person or a person-level fix is refused. */
function blameError(fields: { title?: string; owner?: string; doneCriterion?: string }): Decision | null {
  const findings = checkActionItem(fields).filter((finding) => finding.severity === 'error');
  if (findings.length === 0) return null;
  return fail('blame', findings[0].message, { findings });
}

function defaultDueDate(priority: keyof typeof DEFAULT_DUE_DAYS, now: Date): string {
  return new Date(now.getTime() + DEFAULT_DUE_DAYS[priority] * 86_400_000).toISOString().slice(0, 10);
}

export const actionCommands: CommandRules<'action.add' | 'action.edit' | 'action.remove' | 'action.status'> = {
  'action.add': (state, command, actor, ctx) => {
    const refused = unknownFactors(state, command.factorIds ?? [], actor) ?? blameError(command);
    if (refused) return refused;
    const id = ctx.newId();
    const action: ActionItem = {
      id,
      title: command.title,
      kind: command.kind,
      owner: command.owner,
      priority: command.priority,
      dueDate: command.dueDate === undefined ? defaultDueDate(command.priority, ctx.now) : command.dueDate,
      doneCriterion: command.doneCriterion ?? '',
      factorIds: unique(command.factorIds ?? []),
      trackerUrl: command.trackerUrl ?? null,
      status: 'open',
      reason: null,
      authorId: actor.participantId,
    };
    return ok([{ type: 'action.added', action }], id);
  },
  'action.edit': (state, command, actor) => {
    if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
    const { id: _id, type: _type, actionId, ...changes } = command;
    if (changes.factorIds) {
      const missing = unknownFactors(state, changes.factorIds, actor);
      if (missing) return missing;
      changes.factorIds = unique(changes.factorIds);
    }
    const blamed = blameError(changes);
    if (blamed) return blamed;
    return ok([{ type: 'action.edited', actionId, changes: definedOnly(changes) }]);
  },
  'action.remove': (state, command) => {
    if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
    return ok([{ type: 'action.removed', actionId: command.actionId }]);
  },
  'action.status': (state, command) => {
    if (!state.actions[command.actionId]) return fail('not_found', 'No such action item.');
    const reason = command.reason?.trim() || null;
    if (command.status === 'not-doing' && !reason) {
      return fail('invalid', 'Say why this will not be done: the reason saves the same debate next time.', {
        issues: [{ path: ['reason'], message: 'is required when status is not-doing' }],
      });
    }
    const status = command.status;
    return ok([{ type: 'action.status', actionId: command.actionId, status, reason: status === 'not-doing' ? reason : null }]);
  },
};

export const actionEvents: EventRules<ActionEvent['type']> = {
  'action.added': {
    apply: (state, event) => ({ ...state, actions: { ...state.actions, [event.action.id]: event.action } }),
    touch: (touched, event) => {
      touched.actions.add(event.action.id);
    },
  },
  'action.edited': {
    apply: (state, event) => {
      const action = state.actions[event.actionId];
      return { ...state, actions: { ...state.actions, [action.id]: { ...action, ...event.changes } } };
    },
    touch: (touched, event) => {
      touched.actions.add(event.actionId);
    },
  },
  'action.removed': {
    apply: (state, event) => ({ ...state, actions: without(state.actions, event.actionId) }),
    touch: (touched, event) => {
      touched.actions.add(event.actionId);
    },
  },
  'action.status': {
    apply: (state, event) => {
      const action = state.actions[event.actionId];
      const next = { ...action, status: event.status, reason: event.reason };
      return { ...state, actions: { ...state.actions, [action.id]: next } };
    },
    touch: (touched, event) => {
      touched.actions.add(event.actionId);
    },
  },
};
