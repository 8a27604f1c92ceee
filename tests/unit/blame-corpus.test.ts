import { describe, expect, it } from 'vitest';
import { check } from '../../shared/blame/check.ts';
import { blameProbability, packModel, unpackModel, type PackedBlameModel } from '../../shared/blame/model/classifier.ts';
import { contextFor, isHeldOut, loadCorpus, type Labelled } from '../../scripts/blameCorpus.ts';

const flagged = (s: Labelled) => check(s.text, { context: contextFor(s.genre) }).some((f) => f.rule !== 'vague-action');

function measure(rows: Labelled[]) {
  const blame = rows.filter((s) => s.label === 'blame');
  const ok = rows.filter((s) => s.label === 'ok');
  const caught = blame.filter(flagged).length;
  const falsePositives = ok.filter(flagged).length;
  return { recall: caught / blame.length, fpRate: falsePositives / ok.length, caught, blame: blame.length, falsePositives, ok: ok.length };
}

const show = (name: string, m: ReturnType<typeof measure>) =>
  `${name}: recall ${m.recall.toFixed(3)} (${m.caught}/${m.blame}), false-positive rate ${m.fpRate.toFixed(3)} (${m.falsePositives}/${m.ok})`;

/*
 * Both corpora are checked in the context their genre is written in (cards as cards, action
 * items as action items, the rest as prose), at the bar for the development sets:
 * recall ≥ 0.90 at a false-positive rate ≤ 0.05. The shipped classifier was trained on these
 * sentences, so this holds ground rather than predicting unseen text: the held-out score
 * printed by scripts/blame-train.ts (BLAME-CHECKER.md) is that estimate, and it is lower.
 */
describe('the blame checker on the labelled corpora', () => {
  it('blame-dev: recall ≥ 0.90 at a false-positive rate ≤ 0.05', () => {
    const m = measure(loadCorpus('blame-dev'));
    console.log(show('blame-dev', m));
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.fpRate).toBeLessThanOrEqual(0.05);
  });

  it('blame-dev-2: recall ≥ 0.90 at a false-positive rate ≤ 0.05', () => {
    const rows = loadCorpus('blame-dev-2');
    const m = measure(rows);
    console.log(show('blame-dev-2', m));
    console.log(show('blame-dev-2 held-out sources (the shipped model was trained on them too)', measure(rows.filter(isHeldOut))));
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.fpRate).toBeLessThanOrEqual(0.05);
  });

  it('returns offsets inside the text, a message and a suggestion for every finding', () => {
    for (const row of [...loadCorpus('blame-dev'), ...loadCorpus('blame-dev-2')]) {
      const context = contextFor(row.genre);
      for (const f of check(row.text, { context })) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(row.text.length);
        if (context !== 'action') expect(f.severity).toBe('hint');
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.suggestion.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('the blame classifier', () => {
  it('only ever hints, on cards and in action items alike', () => {
    const text = 'The chairman told reporters a single programmer was responsible.';
    for (const context of ['card', 'action', 'document'] as const) {
      for (const f of check(text, { context }).filter((x) => x.rule === 'blame-framing')) expect(f.severity).toBe('hint');
    }
  });

  it('reads its weights back from the front-coded table the training script writes', () => {
    // "0C<actor> <err>/12": shares nothing with the line before, weight 1.2 in tenths;
    // "9pan/-3": the first nine letters of the line before ("C<actor> "), then "pan", weight -0.3
    const model = unpackModel({ bias: 0, threshold: 0.5, weights: '0C<actor> <err>/12\n9pan/-3\n0sorry/-15' });
    expect([...model.weights]).toEqual([['C<actor> <err>', 1.2], ['C<actor> pan', -0.3], ['sorry', -1.5]]);
    expect(blameProbability('the shipped table reads too', model)).toBe(0.5);
    // what the training script packs reads back as it was, word pairs and digits included
    const trained = { bias: -0.3, threshold: 0.9, veto: 0.1, weights: new Map([['C<actor> <err>', 1.2], ['C<actor> <err> now', -0.3], ['2024', 0.4], ['^sam', 2.5]]) };
    expect(unpackModel(packModel(trained))).toEqual(trained);
    expect(unpackModel({ bias: 0, threshold: 0.5, weights: '' }).weights.size).toBe(0);
    // an older table (a plain object) or a weight that is not a number is an error, not 0.5 for everything
    expect(() => unpackModel({ bias: 0, threshold: 0.5, weights: { sorry: -1.5 } as unknown as string })).toThrow(/front-coded/);
    expect(() => unpackModel({ bias: 0, threshold: 0.5, weights: '0sorry/x' })).toThrow(/not a number/);
    expect(() => unpackModel({ bias: 0, threshold: 0.5, weights: 'sorry/-15' })).toThrow(/front-coded entry/);
    expect(() => unpackModel({ bias: 0, weights: '0sorry/-15' } as unknown as PackedBlameModel)).toThrow(/threshold/);
  });

  it('reads words that are also names of Object.prototype members like any other word', () => {
    // "constructor" once summed Object.prototype.constructor into the score: NaN, never flagged
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const sentence = `Kemal should have checked the ${word} before he pushed it`;
      const p = blameProbability(sentence);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(blameProbability(sentence, { bias: 0, threshold: 0.5, weights: new Map() })).toBe(0.5);
    }
  });

  it('drops the phrase rules\' hints in a sentence it reads as plainly blameless, never a refusal', () => {
    const text = 'The report called for better training and clearer interfaces, not punishment.';
    expect(check(text, { context: 'document', model: null }).map((f) => f.rule)).toContain('punishment');
    expect(check(text, { context: 'document' })).toEqual([]);
    // a model that reads everything as blameless: hints go, refusals of action items stay
    const blameless = { bias: -20, threshold: 0.7, veto: 0.1, weights: new Map<string, number>() };
    expect(check('Sam was careless with the config.', { context: 'card', model: blameless })).toEqual([]);
    expect(check('Sam was careless with the config.', { context: 'card', model: { ...blameless, veto: undefined } }).map((f) => f.rule)).toEqual(['judgement']);
    const refusals = (title: string) => check(title, { context: 'action', model: blameless }).filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(refusals('Remind Priya to double-check every config push')).not.toEqual([]);
    expect(refusals('Fire the engineer who pushed the change')).toEqual(['person-fix']);
    // a nudge about the analysis, not a person, is not the classifier's to take back
    expect(check('The root cause was a bad config push.', { context: 'factor', model: blameless }).map((f) => f.rule)).toEqual(['single-cause']);
  });

  it('can be switched off, leaving the phrase rules alone', () => {
    for (const row of loadCorpus('blame-dev-2').slice(0, 80)) {
      expect(check(row.text, { context: 'document', model: null }).some((f) => f.rule === 'blame-framing')).toBe(false);
    }
  });
});
