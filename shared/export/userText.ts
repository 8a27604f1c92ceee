/**
 * User text shaped for the export, before the serialiser escapes it (mdast.ts hands every text
 * node to mdast-util-to-markdown, which escapes it for where it lands):
 * - `oneLine`: a table cell, heading or list item holds one line, so the lines of what was typed
 *   are trimmed, blank ones dropped and the rest joined with " / ";
 * - `safeUrl`: the only links the export makes are autolinks to http(s) URLs, normalised and
 *   percent-encoded so nothing typed can leave the `<…>`, a table cell, or read as an entity;
 *   anything else is shown as text, never linked.
 */

/** `&` followed by what a character reference needs (`&name;`, `&#123;`, `&#x7b;`). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
const LINE_BREAK = /\r\n|\r|\n/;

/** The non-blank lines of `text`, trimmed. */
function linesOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** User text as it reads on one line: lines trimmed, blank ones dropped, the rest joined with " / ". */
export function oneLine(text: string): string {
  return linesOf(text).join(' / ');
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
