import { stringify } from 'csv-stringify/sync';
import { PRIORITY_LABELS, STATUS_LABELS } from '../domain/values.ts';
import type { PostMortem, PostMortemAction } from './types.ts';

/**
 * The action items as CSV for trackers (Jira's and Linear's CSV importers map these columns):
 * RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), header first,
 * one row per action item in creation order, as the facilitator sees them.
 */
export const ACTION_CSV_COLUMNS = [
  'title',
  'description',
  'owner',
  'due',
  'priority',
  'status',
  'labels',
  'kind',
  'reason',
  'tracker_url',
  'carried_from',
] as const;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * and a CSV from a retro holds text anyone in the room typed. Such a cell gets a leading `'`,
 * which spreadsheets show as text and trackers keep visible: the text survives, nothing runs.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toActionsCsv(pm: PostMortem): string {
  const factors = new Map(pm.factors.map((factor) => [factor.id, factor.text]));
  const rows = pm.actions.map((action) => rowOf(action, factors, pm.retro.title));
  return stringify([[...ACTION_CSV_COLUMNS], ...rows.map((row) => row.map(neutraliseFormula))], {
    record_delimiter: 'windows',
    // RFC 4180 quotes any field holding a line break; with CRLF records the library quotes a
    // field only for CRLF itself, so a bare LF or CR (typed in a title or reason) is named here.
    quoted_match: /[\r\n]/,
  });
}

function rowOf(action: PostMortemAction, factors: Map<string, string>, retroTitle: string): string[] {
  return [
    action.title,
    descriptionOf(action, factors, retroTitle),
    action.owner,
    action.dueDate ?? '',
    PRIORITY_LABELS[action.priority],
    STATUS_LABELS[action.status],
    // One cell, comma-separated: how Linear reads labels, and what Jira's importer can split.
    ['postmortem', `action-${action.kind}`, ...(action.carriedFrom ? ['follow-up'] : [])].join(','),
    action.kind,
    action.reason ?? '',
    action.trackerUrl ?? '',
    action.carriedFrom?.title ?? '',
  ];
}

/** The tracker issue's body: when it is done, why it exists, and where it came from. */
export function descriptionOf(action: PostMortemAction, factors: Map<string, string>, retroTitle: string): string {
  const parts: string[] = [];
  if (action.doneCriterion) parts.push(`Done when: ${action.doneCriterion}`);
  const linked = action.factorIds.map((id) => factors.get(id)).filter((text): text is string => text !== undefined);
  if (linked.length > 0) parts.push(['Contributing factors:', ...linked.map((text) => `- ${text}`)].join('\n'));
  if (action.carriedFrom) parts.push(`Carried over from the post-mortem "${action.carriedFrom.title}".`);
  parts.push(`From the post-mortem "${retroTitle}".`);
  return parts.join('\n\n');
}
