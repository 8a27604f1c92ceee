import type { BlockContent, Break, Heading, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { oneLine, safeUrl } from './userText.ts';

/**
 * Building blocks of the post-mortem's Markdown syntax tree, and its serialiser. User text goes
 * into text nodes as typed (bar line breaks and NUL); mdast-util-to-markdown escapes it for where
 * it lands, so no typed character can open a heading, list, table cell, link or HTML.
 */

/**
 * Text made only of letters, digits, inner spaces and `,;:()→—-`, starting with a letter, digit
 * or `—` but not with a list number (`1)`): none of the library's unsafe patterns can match in it
 * (they need other punctuation, a `-` or `:` at a line's start, or a space beside a line break),
 * so its escaping would return it unchanged. Times, labels, counts and `—` are such text, and
 * most table cells hold them; skipping the scan for them is most of what brings a 2,000-card
 * export under its target (see markdown.ts). tests/unit/export-mdast.test.ts holds this
 * shortcut to the library's own output.
 */
export const PLAIN = /^(?!\d+\))[\p{L}\p{N}—](?:[\p{L}\p{N} ,;:()→—-]*[\p{L}\p{N})—])?$/u;

const plainOrEscaped: Handle = (node: Text, parent, state, info) =>
  PLAIN.test(node.value) ? node.value : defaultHandlers.text(node, parent, state, info);

export const MARKDOWN_OPTIONS: Options = {
  bullet: '-',
  listItemIndent: 'one',
  // Unpadded tables with `---` delimiters: every cell counts as three wide, so no column is
  // padded. Padding to the widest cell would re-flow a whole table in a diff when one cell grows,
  // and measuring every cell costs time on big retros.
  extensions: [gfmToMarkdown({ stringLength: () => 3 })],
  // GitHub renders `$…$` as maths; CommonMark has no such construct, so the library leaves `$`.
  unsafe: [{ character: '$', inConstruct: 'phrasing' }],
  handlers: { text: plainOrEscaped },
};

/** Serialises blocks as one document ending in a single line break. */
export function serialise(blocks: RootContent[]): string {
  return toMarkdown({ type: 'root', children: blocks }, MARKDOWN_OPTIONS);
}

export function text(value: string): Text {
  return { type: 'text', value: value.replace(/\u0000/g, '\uFFFD') };
}

/** User text on one line (a cell, a heading, a list item): lines joined with " / ". */
export function line(value: string, fallback: string): Text {
  return text(oneLine(value) || fallback);
}

export function strong(value: string): Strong {
  return { type: 'strong', children: [text(value)] };
}

export function heading(depth: 1 | 2, value: PhrasingContent): Heading {
  return { type: 'heading', depth, children: [value] };
}

/** A list item or paragraph that opens with a bold label. */
export function labelled(label: string, value: string): PhrasingContent[] {
  return [strong(label), text(` ${value}`)];
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/**
 * User text as block content: blank lines separate paragraphs, single line breaks are kept as
 * hard breaks. Empty for blank text.
 */
export function paragraphs(value: string): Paragraph[] {
  const groups: string[][] = [[]];
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const trimmed = raw.trim();
    if (trimmed !== '') groups[groups.length - 1].push(trimmed);
    else if (groups[groups.length - 1].length > 0) groups.push([]);
  }
  return groups
    .filter((lines) => lines.length > 0)
    .map((lines) => paragraph(...lines.flatMap((l, i): PhrasingContent[] => (i === 0 ? [text(l)] : [BREAK, text(l)]))));
}

const BREAK: Break = { type: 'break' };

export function item(...children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

export function list(items: ListItem[], ordered = false): List {
  return { type: 'list', ordered, start: ordered ? 1 : undefined, spread: false, children: items };
}

/** A tight bullet list of one-paragraph items. */
export function bullets(items: PhrasingContent[][]): List {
  return list(items.map((children) => item(paragraph(...children))));
}

/** A user's http(s) URL as an autolink; anything else as plain text, never linked. */
export function urlOr(raw: string | null, fallback: string): PhrasingContent {
  if (raw === null) return text(fallback);
  const url = safeUrl(raw);
  if (url === null) return line(raw, fallback);
  const link: Link = { type: 'link', url, children: [text(url)] };
  return link;
}

export type Cell = string | PhrasingContent;

export function table(headers: string[], rows: Cell[][]): Table {
  const cell = (value: Cell): TableCell => ({ type: 'tableCell', children: [typeof value === 'string' ? text(value) : value] });
  return {
    type: 'table',
    children: [headers, ...rows].map((cells) => ({ type: 'tableRow', children: cells.map(cell) })),
  };
}
