import fc from 'fast-check';
import type { PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_OPTIONS, PLAIN, bullets, paragraph, serialise, strong, table, text } from '../../shared/export/mdast.ts';

/**
 * The serialiser returns plain text (PLAIN) as it is instead of running the library's escaping
 * over it. That is only a shortcut if the library would have returned it unchanged too, in every
 * place the post-mortem puts text: held here against the library's own text handler.
 */
const withoutShortcut = { ...MARKDOWN_OPTIONS, handlers: {} };

const plainText = fc
  .array(fc.constantFrom('a', 'Z', 'é', '日', '0', '7', ' ', ',', ';', ':', '(', ')', '→', '—', '-', '1', 'x'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
  .filter((value) => PLAIN.test(value));

function contexts(value: string): RootContent[][] {
  const t = (): PhrasingContent => text(value);
  return [
    [{ type: 'heading', depth: 1, children: [t()] }],
    [paragraph(t())],
    [paragraph(strong('Label:'), t())],
    [paragraph(t(), strong('Label:'))],
    [bullets([[t()]])],
    [table(['A', 'B'], [[value, value], ['—', t()]])],
  ];
}

describe('plain text skips the escaping scan', () => {
  it('only where the library would leave it unchanged', () => {
    fc.assert(
      fc.property(plainText, (value) => {
        for (const blocks of contexts(value)) {
          expect(serialise(blocks)).toBe(toMarkdown({ type: 'root', children: blocks }, withoutShortcut));
        }
      }),
      { numRuns: 500, seed: 13 },
    );
  });

  it('excludes what could start a list or touch a line break', () => {
    for (const value of ['1) a', '12)', ' a', 'a ', '-', ':-', 'a.b', 'a|b', '$x', 'a_b']) expect(PLAIN.test(value)).toBe(false);
    for (const value of ['2026-11-20 14:02', '—', 'Time to mitigate', 'Impact started → Detected', '1 h 12 min']) {
      expect(PLAIN.test(value)).toBe(true);
    }
  });
});
