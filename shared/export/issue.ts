import type { PhrasingContent, RootContent } from 'mdast';
import { ACTION_KIND_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../domain/values.ts';
import { bullets, heading, labelled, line, paragraph, paragraphs, serialise, strong, text, urlOr } from './mdast.ts';
import { oneLine } from './userText.ts';
import type { PostMortemAction } from './types.ts';

/**
 * One action item as Markdown for a tracker issue ("Copy as issue"): the title as a heading,
 * the fields a tracker wants, done-when, the factors it addresses, and where it came from.
 * Built from the same syntax-tree pieces as the post-mortem (mdast.ts), so pasting it renders
 * exactly what was typed.
 */
export function actionAsIssue(action: PostMortemAction, linkedFactors: readonly string[], retroTitle: string): string {
  const fields: [string, string][] = [
    ['Owner:', action.owner],
    ['Priority:', PRIORITY_LABELS[action.priority]],
    ['Due:', action.dueDate ?? 'not set'],
    ['Kind:', ACTION_KIND_LABELS[action.kind].split(' — ')[0]],
    ['Status:', STATUS_LABELS[action.status]],
  ];
  const blocks: RootContent[] = [
    heading(2, line(action.title, 'Untitled action')),
    paragraph(...fields.flatMap(([label, value], i): PhrasingContent[] => [...(i > 0 ? [text(' · ')] : []), ...labelled(label, oneLine(value))])),
  ];
  const [firstDone, ...moreDone] = paragraphs(action.doneCriterion);
  if (firstDone) blocks.push(paragraph(strong('Done when:'), text(' '), ...firstDone.children), ...moreDone);
  if (linkedFactors.length > 0) {
    blocks.push(paragraph(strong('Contributing factors it addresses:')), bullets(linkedFactors.map((factor) => [line(factor, '')])));
  }
  if (action.trackerUrl) blocks.push(paragraph(strong('Tracker:'), text(' '), urlOr(action.trackerUrl, '')));
  const origin = [`From the post-mortem “${oneLine(retroTitle)}”.`];
  if (action.carriedFrom) origin.push(`Carried over from “${oneLine(action.carriedFrom.title)}”.`);
  blocks.push(paragraph(text(origin.join(' '))));
  return serialise(blocks);
}
