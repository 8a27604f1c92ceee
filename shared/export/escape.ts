/**
 * Escaping user text for GitHub-flavoured Markdown. The invariant: whatever a participant
 * typed, it renders as the same text and cannot change the document's structure — no heading,
 * list, quote, code block, table row or cell, HTML, link, image, emphasis or footnote of its own.
 * Every function here returns text that is safe at the start of a line, in a table cell, in a
 * list item and in a heading. No raw HTML is ever emitted.
 *
 * What is escaped, and why:
 * - everywhere: `\` (so no escape of ours can be undone), `` ` `` (code), `*` `_` (emphasis,
 *   thematic breaks, bullets), `~` (strikethrough, fences), `[` `]` (links, images, footnotes,
 *   reference definitions, task items — which is also why `!` is left alone: without `[` it
 *   starts nothing), `|` (table cells), `$` (GitHub renders `$…$` as maths), `<` `>` as `&lt;`
 *   `&gt;` (HTML, autolinks, quotes), and `&` as `&amp;` where it would start an entity;
 * - at the start of a line: `#` (headings), `-` `+` (bullets, thematic breaks, setext
 *   underlines), `=` (setext underlines), `1.` / `1)` (ordered lists); leading whitespace is
 *   dropped (indented code);
 * - at the end of a line: a run of `#` (an ATX heading's closing sequence would eat it);
 * - the `:` of `://` and the `.` of `www.`: GFM's bare-URL autolinks are recognised on the raw
 *   source, so a URL typed by a user would swallow our escapes into its target (`a\_b` in the
 *   link). Escaped, the parser sees no URL and renders the text exactly as typed;
 * - NUL becomes U+FFFD, as CommonMark would make it anyway.
 * Some renderers (mdast's GFM support, for one) still link bare URLs and e-mail addresses after
 * decoding the text: such links show their own target as their text, so they cannot disguise
 * where they go, and they cannot change the structure.
 */

const INLINE_SPECIAL = /[\\`*_~[\]|$]/g;
/** `&` followed by what a character reference needs (`&name;`, `&#123;`, `&#x7b;`). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
const LINE_BREAK = /\r\n|\r|\n/;

/** One line of user text, escaped; `line` must not contain line breaks. */
function escapeLine(line: string): string {
  let out = line
    .trim()
    .replace(/\u0000/g, '\uFFFD')
    .replace(ENTITY_START, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(www)\./gi, '$1\\.');
  // Closing sequence of an ATX heading first, so a line of only `#` is escaped once.
  out = out.replace(/#+$/, (run) => run.replace(/#/g, '\\#'));
  if (/^[#+=-]/.test(out)) out = `\\${out}`;
  return out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** The non-blank lines of `text`, trimmed. */
function linesOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * User text as it reads on one line: lines trimmed, blank ones dropped, the rest joined with
 * " / ". This is exactly the text a reader sees once `escapeText` output is rendered.
 */
export function oneLine(text: string): string {
  return linesOf(text).join(' / ');
}

/** User text for a single line: a table cell, a list item, a heading. May be empty. */
export function escapeText(text: string): string {
  return escapeLine(oneLine(text));
}

/**
 * User text as block content: blank lines separate paragraphs; single line breaks are kept as
 * hard breaks (a trailing backslash, not HTML). Returns '' for blank text.
 */
export function escapeParagraphs(text: string): string {
  const paragraphs: string[][] = [[]];
  for (const line of text.split(LINE_BREAK)) {
    if (line.trim() === '') {
      if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
    } else {
      paragraphs[paragraphs.length - 1].push(escapeLine(line));
    }
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\\\n'))
    .join('\n\n');
}

/** Characters kept as they are in a URL we emit; everything else is percent-encoded. */
const URL_SAFE = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/**
 * An http(s) URL normalised and encoded so it is safe inside an autolink `<…>` and inside a
 * table cell: no spaces, `<`, `>`, `|`, backslashes, quotes or controls survive, and no `&`
 * that some renderers would decode as an entity. Null for anything that is not http(s).
 */
export function safeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // `href` is ASCII (host in punycode, the rest percent-encoded), so each char is one byte.
  let out = '';
  for (const char of url.href) out += URL_SAFE.test(char) ? char : encodeURIComponent(char);
  return out.replace(ENTITY_START, '%26');
}

/**
 * A user's URL as a Markdown autolink, the only kind of link the export emits. A URL that is
 * not http(s) (validated upstream, so not expected) is shown as escaped text, never linked.
 */
export function autolink(raw: string): string {
  const url = safeUrl(raw);
  return url === null ? escapeText(raw) : `<${url}>`;
}
