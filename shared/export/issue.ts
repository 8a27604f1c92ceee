import { ACTION_KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../domain/values.ts';
import { autolink, escapeParagraphs, escapeText } from './escape.ts';
import type { PostMortemAction } from './types.ts';

/**
 * One action item as Markdown for a tracker issue ("Copy as issue"): the title as a heading,
 * the fields a tracker wants, done-when, the factors it addresses, and where it came from.
 * User text is escaped the same way as in the post-mortem, so pasting it renders what was typed.
 */
export function actionAsIssue(action: PostMortemAction, linkedFactors: readonly string[], retroTitle: string): string {
  const fields = [
    `**Owner:** ${escapeText(action.owner)}`,
    `**Priority:** ${PRIORITY_LABELS[action.priority]}`,
    `**Due:** ${action.dueDate ?? 'not set'}`,
    `**Kind:** ${ACTION_KIND_LABELS[action.kind].split(' — ')[0]}`,
    `**Status:** ${STATUS_LABELS[action.status]}`,
  ];
  const blocks = [`## ${escapeText(action.title)}`, fields.join(' · ')];
  if (action.doneCriterion.trim()) blocks.push(`**Done when:** ${escapeParagraphs(action.doneCriterion)}`);
  if (linkedFactors.length > 0) {
    blocks.push(['**Contributing factors it addresses:**', ...linkedFactors.map((text) => `- ${escapeText(text)}`)].join('\n'));
  }
  if (action.trackerUrl) blocks.push(`**Tracker:** ${autolink(action.trackerUrl)}`);
  const origin = [`From the post-mortem “${escapeText(retroTitle)}”.`];
  if (action.carriedFrom) origin.push(`Carried over from “${escapeText(action.carriedFrom.title)}”.`);
  blocks.push(origin.join(' '));
  return `${blocks.join('\n\n')}\n`;
}
