/**
 * Turns a Markdown document into the prose a reader sees, as segments (one per paragraph,
 * heading or table cell) that remember where every character came from, so a finding can
 * be reported at its line and column in the original file.
 *
 * Skipped: front matter, fenced and indented code, inline code, HTML and HTML comments,
 * link targets and bare URLs, link reference definitions, images. A real parser
 * (mdast-util-from-markdown with GFM for tables and autolinks) decides what is what.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface Segment {
  /** The prose, as it would be read. */
  text: string;
  /** For each character of `text`, its offset in the original source. */
  offsets: number[];
}

/** Nodes whose text is prose to check, each as one segment. */
const SEGMENT_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes whose content is never prose. */
const SKIPPED_NODES = new Set(['code', 'inlineCode', 'html', 'yaml', 'definition', 'image', 'imageReference']);

/**
 * Front matter ("---" … "---" at the very top) is replaced by spaces of the same length, so
 * the parser does not read it as a heading and every offset stays true to the file.
 */
export function blankFrontMatter(source: string): string {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return source;
  return m[0].replace(/[^\r\n]/g, ' ') + source.slice(m[0].length);
}

export function markdownSegments(source: string): Segment[] {
  const blanked = blankFrontMatter(source);
  const tree: Root = fromMarkdown(blanked, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const segments: Segment[] = [];
  const visit = (node: Nodes) => {
    if (SKIPPED_NODES.has(node.type)) return;
    if (SEGMENT_NODES.has(node.type)) {
      const segment: Segment = { text: '', offsets: [] };
      collect(node, blanked, segment);
      if (segment.text.trim()) segments.push(segment);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(tree);
  return segments;
}

/**
 * Files that list one item per line (timeline cards, action items, notes pasted from a board)
 * rarely end an item with a full stop, and the sentence splitter would run each item into the
 * next ("Went badly: the handover, again" / "14:02 Okafor restarts …"). Such a file is told from
 * prose wrapped across lines by its line breaks inside paragraphs: in wrapped prose most lines
 * go on with the sentence in lower case; in a list almost none do. Then the line breaks that
 * look like the end of an item — the next line does not start in lower case and the line before
 * does not stop on a word or mark that a sentence cannot end with — split the text; the others
 * (a wrapped bullet, "should have" / "waited for the replica") stay joined.
 */
export function splitListedItems(segments: Segment[]): Segment[] {
  const breaksOf = segments.map((segment) => lineBreaks(segment.text));
  const breaks = breaksOf.flat();
  const continuing = breaks.filter((b) => b.nextStartsLower).length;
  const listed = breaks.length >= MIN_BREAKS && continuing <= breaks.length * MAX_CONTINUING;
  return listed ? segments.flatMap((segment, i) => splitAtItemBreaks(segment, breaksOf[i])) : segments;
}

/** Fewer line breaks say too little: a short paragraph wrapped twice is not a list. */
const MIN_BREAKS = 3;
/** Lower-case line starts a list may still have: an item or two typed in lower case. */
const MAX_CONTINUING = 0.2;
/** A line that stops on one of these is cut mid-sentence: "… did not apply to" / "API config". */
const ENDS_MID_SENTENCE = /(?:[,;:(\[&/\u2013\u2014-]|\b(?:the|a|an|to|of|and|or|but|nor|that|which|who|whom|whose|by|with|for|in|on|at|from|as|was|were|is|are|be|been|being|has|have|had|do|does|did|should|would|could|will|can|may|might|must|not|no|than|then|if|because|when|while|into|onto|its|their|his|her|our|my|your|this|these|those|after|before|about|over|under|via|per))$/i;

interface LineBreak {
  at: number;
  nextStartsLower: boolean;
  endsItem: boolean;
}

function lineBreaks(text: string): LineBreak[] {
  const out: LineBreak[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trimEnd();
    const next = text.slice(at + 1).trimStart();
    if (!before || !next) continue;
    const nextStartsLower = /^\p{Ll}/u.test(next);
    out.push({ at, nextStartsLower, endsItem: !nextStartsLower && !ENDS_MID_SENTENCE.test(before) });
  }
  return out;
}

function splitAtItemBreaks(segment: Segment, breaks: LineBreak[]): Segment[] {
  const pieces: Segment[] = [];
  let start = 0;
  for (const { at, endsItem } of breaks) {
    if (!endsItem) continue;
    pieces.push({ text: segment.text.slice(start, at), offsets: segment.offsets.slice(start, at) });
    start = at + 1;
  }
  pieces.push({ text: segment.text.slice(start), offsets: segment.offsets.slice(start) });
  return pieces.filter((piece) => piece.text.trim());
}

/** A plain-text file is one segment, character for character. */
export function plainSegments(source: string): Segment[] {
  return [{ text: source, offsets: Array.from({ length: source.length }, (_, i) => i) }];
}

/** Appends the readable text under `node` to `segment`. */
function collect(node: Nodes, source: string, segment: Segment): void {
  switch (node.type) {
    case 'text':
      appendAligned(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, source, segment);
      return;
    case 'break':
      appendGap(' ', node.position?.start.offset ?? 0, segment);
      return;
    case 'link':
      // an autolink's text is its URL: nothing to read
      if (node.children.length === 1 && node.children[0].type === 'text' && isUrlText(node.children[0].value, node.url)) {
        appendGap(' ', node.position?.start.offset ?? 0, segment);
        return;
      }
      break;
    default:
      if (SKIPPED_NODES.has(node.type)) {
        // keep words apart where code or HTML was: "ran `rm -rf` twice" → "ran   twice"
        appendGap(' ', node.position?.start.offset ?? 0, segment);
        return;
      }
  }
  if ('children' in node) for (const child of (node as Parent).children) collect(child as Nodes, source, segment);
}

function isUrlText(value: string, url: string): boolean {
  return value === url || `mailto:${value}` === url || `http://${value}` === url || /^(?:https?|ftp):\/\//i.test(value);
}

function appendGap(text: string, at: number, segment: Segment): void {
  segment.text += text;
  for (let i = 0; i < text.length; i++) segment.offsets.push(at);
}

/**
 * A text node's value can differ from its source span: escapes ("\*"), character references
 * ("&amp;"), and continuation-line prefixes ("> " in block quotes, list indentation) are
 * gone. Walk both and match characters, so each character maps to where it was written.
 */
function appendAligned(value: string, from: number, to: number, source: string, segment: Segment): void {
  let cursor = from;
  for (const ch of value) {
    let found = -1;
    for (let j = cursor; j < to; j++) {
      if (source[j] === ch || (ch === '\n' && source[j] === '\r')) {
        found = j;
        break;
      }
    }
    const at = found >= 0 ? found : Math.min(cursor, Math.max(from, to - 1));
    for (let k = 0; k < ch.length; k++) segment.offsets.push(at + k);
    segment.text += ch;
    if (found >= 0) cursor = found + ch.length;
  }
}

/** 1-based line and column of an offset in the original source. */
export function lineColumnOf(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
