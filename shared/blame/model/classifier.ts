/**
 * A logistic-regression classifier for blame framing, trained by scripts/blame-train.ts on
 * the labelled corpora and shipped as a small table of weights (weights.json). It catches
 * blame that no phrase rule names — judgement without a keyword, attribution in reported
 * speech, sarcasm — and works on any name because people are abstracted to their kind
 * (see features.ts). Pure, browser-safe, and about a microsecond per feature.
 */
import { featuresOf } from './features.ts';
import model from './weights.json' with { type: 'json' };

export interface BlameModel {
  bias: number;
  /** Probability at or above which a sentence counts as blame. */
  threshold: number;
  /**
   * Probability below which the phrase rules' hints in a sentence are dropped: the model reads
   * it as plainly blameless ("The report called for … clearer interfaces, not punishment").
   * Refusals of action items are never dropped. Absent: no veto.
   */
  veto?: number;
  weights: Record<string, number>;
}

const shipped = model as BlameModel;

/**
 * A feature's weight, from the table's own entries only: a sentence about a library's
 * "constructor" must not add Object.prototype.constructor (a function, making the sum NaN and
 * the sentence unreadable to the model).
 */
const weightOf = (m: BlameModel, feature: string) => (Object.hasOwn(m.weights, feature) ? m.weights[feature] : 0);

/** Probability that the sentence frames a person as the cause of a failure. */
export function blameProbability(sentence: string, m: BlameModel = shipped, extra: readonly string[] = []): number {
  let z = m.bias;
  for (const f of featuresOf(sentence)) z += weightOf(m, f);
  for (const f of extra) z += weightOf(m, f);
  return 1 / (1 + Math.exp(-z));
}

/** The classifier reads the sentence as plainly blameless: the phrase rules' hints in it go. */
export function vetoesHints(sentence: string, m: BlameModel = shipped): boolean {
  return m.veto !== undefined && blameProbability(sentence, m) < m.veto;
}

export function readsAsBlame(sentence: string, m: BlameModel = shipped, extra: readonly string[] = []): boolean {
  return blameProbability(sentence, m, extra) >= m.threshold;
}
