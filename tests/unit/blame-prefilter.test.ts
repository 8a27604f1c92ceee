import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../shared/blame/match.ts';
import { compiledRules } from '../../shared/blame/patterns.ts';
import { PhraseFilter, requiredWords } from '../../shared/blame/prefilter.ts';

const source = (re: string) => String.raw`(?<![\w@-])(?:${re})(?![\w])`;

describe('the words a phrase needs', () => {
  it('joins the pieces of a sequence and an alternation into whole words', () => {
    expect(requiredWords(source(String.raw`fail(?:ed|s)\s+to`))?.sort()).toEqual(['failed to', 'fails to']);
    expect(requiredWords(source(String.raw`(?:[\w-]+\s+)?should\s+have`))).toEqual(['should have']);
  });

  it('leaves out what a lookaround asks for: it is not part of the match', () => {
    expect(requiredWords(source(String.raw`(?<=\bthe\s+)intern\s+broke`))).toEqual(['intern broke']);
  });

  it('keeps the rarer words of a sequence and no word another word contains', () => {
    expect(requiredWords(source(String.raw`(?:the\s+)?[\w-]+\s+(?:deleted|wiped|wipes)`))?.sort()).toEqual([' deleted', ' wiped', ' wipes']);
    expect(requiredWords(source(String.raw`[\w-]+\s+(?:ignored|ignore|ignores)`))).toEqual([' ignore']);
  });

  it('gives up on a phrase any text could match, or one that needs only short words', () => {
    expect(requiredWords(source(String.raw`[\w'-]+!+`))).toBeUndefined();
    expect(requiredWords(source(String.raw`(?:he|she)\s*[\w-]+`))).toBeUndefined();
  });
});

describe('the phrase filter', () => {
  const filter = new PhraseFilter([['failed to'], undefined, ['ignored']]);

  it('turns on the phrases whose words a text holds, and always those without words', () => {
    expect(filter.mayMatch('Sam FAILED   to check')).toEqual([0, 1]);
    expect(filter.mayMatch('The alert was ignored')).toEqual([1, 2]);
    expect(filter.mayMatch('Nothing here')).toEqual([1]);
  });

  it('skips no match of the real rules on the labelled corpora, in any context', () => {
    const texts = ['blame-dev', 'blame-dev-2', 'blame-fresh']
      .flatMap((name) => readFileSync(new URL(`../fixtures/${name}.jsonl`, import.meta.url), 'utf8').split('\n'))
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
    for (const context of ['card', 'action', 'document'] as const) {
      const rules = compiledRules(context);
      const unfiltered = { phrases: rules.phrases, filter: new PhraseFilter(rules.phrases.map(() => undefined)) };
      let skipped = 0;
      for (const text of texts) {
        const seen = (r: typeof rules) => findCandidates(text, r).map((c) => `${rules.phrases.indexOf(c.phrase)}@${c.m.index}`);
        expect(seen(rules), `${context}: ${text}`).toEqual(seen(unfiltered));
        skipped += rules.phrases.length - rules.filter.mayMatch(text).length;
      }
      // the filter must be doing its job, not passing everything through
      expect(skipped / texts.length).toBeGreaterThan(rules.phrases.length / 2);
    }
    // a correctness sweep, not a timing: about 11,000 sentences, every phrase unfiltered, three
    // contexts; over a minute on a busy two-core machine, and longer as the kept-out file grows
  }, 300_000);
});
