import { check } from './check.ts';
import type { Finding } from './types.ts';

export interface ActionItemText {
  title?: string;
  owner?: string;
  doneCriterion?: string;
}

/**
 * Checks the text fields of an action item. The server refuses the item when any finding is
 * an `error` (a named person as owner or target, a person-level fix); hints pass through.
 */
export function checkActionItem(fields: ActionItemText): Finding[] {
  const findings: Finding[] = [];
  if (fields.title) findings.push(...check(fields.title, { context: 'action' }).map((f) => ({ ...f, field: 'title' as const })));
  if (fields.owner) findings.push(...check(fields.owner, { context: 'owner' }).map((f) => ({ ...f, field: 'owner' as const })));
  if (fields.doneCriterion) {
    findings.push(
      ...check(fields.doneCriterion, { context: 'action' }).map((f) => ({ ...f, field: 'doneCriterion' as const })),
    );
  }
  return findings;
}
