import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../shared/blame/check.ts';

interface Labelled {
  text: string;
  label: 'blame' | 'ok';
  category: string;
  hard: boolean;
}

const corpus: Labelled[] = readFileSync(fileURLToPath(new URL('../fixtures/blame-dev.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Labelled);

describe('the blame checker on the labelled dev corpus', () => {
  it('catches blame (recall ≥ 0.85) with few false positives (≤ 0.08)', () => {
    const blame = corpus.filter((s) => s.label === 'blame');
    const ok = corpus.filter((s) => s.label === 'ok');
    const flagged = (s: Labelled) => check(s.text, { context: 'document' }).length > 0;
    const missed = blame.filter((s) => !flagged(s));
    const falsePositives = ok.filter(flagged);
    const recall = (blame.length - missed.length) / blame.length;
    const fpRate = falsePositives.length / ok.length;
    console.log(
      `blame corpus: recall ${recall.toFixed(3)} (${blame.length - missed.length}/${blame.length}), ` +
        `false-positive rate ${fpRate.toFixed(3)} (${falsePositives.length}/${ok.length})`,
    );
    if (missed.length) console.log(`missed:\n  ${missed.map((s) => s.text).join('\n  ')}`);
    if (falsePositives.length) console.log(`false positives:\n  ${falsePositives.map((s) => s.text).join('\n  ')}`);
    expect(blame.length).toBeGreaterThan(0);
    expect(ok.length).toBeGreaterThan(0);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(fpRate).toBeLessThanOrEqual(0.08);
  });

  it('returns offsets inside the text, a message and a suggestion for every finding', () => {
    for (const { text } of corpus) {
      for (const f of check(text, { context: 'document' })) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.severity).toBe('hint');
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.suggestion.length).toBeGreaterThan(10);
      }
    }
  });
});
