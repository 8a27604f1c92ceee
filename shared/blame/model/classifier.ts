/**
 * A logistic-regression classifier for blame framing, trained by scripts/blame-train.ts on
 * the labelled corpora and shipped as a table of weights (weights.json). It catches
 * blame that no phrase rule names — judgement without a keyword, attribution in reported
 * speech, sarcasm — and works on any name because people are abstracted to their kind
 * (see features.ts). Pure, browser-safe, and about a microsecond per feature.
 */
import { featuresOf } from './features.ts';
import { frontCoded, unpack } from '../frontCoding.ts';
import packed from './weights.json' with { type: 'json' };

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
  /**
   * Feature → weight. A Map, not an object: a sentence about a library's "constructor" must not
   * find Object.prototype.constructor (a function, which made the sum NaN).
   */
  weights: ReadonlyMap<string, number>;
}

/**
 * weights.json as scripts/blame-train.ts writes it: the weights front-coded (frontCoding.ts),
 * one feature a line with its weight in tenths after the slash. 45,000 weights are 174 kB gzip
 * this way, against about 260 kB as a JSON object.
 */
export interface PackedBlameModel extends Omit<BlameModel, 'weights'> {
  weights: string;
}

const WEIGHT_SEPARATOR = '\n';
/** Weights are stored in tenths: finer steps moved no cross-validated score. */
const WEIGHT_SCALE = 10;

/** In tenths, as the packed table holds them: what the training script keeps. */
export const inTenths = (weight: number) => Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE;

export function packModel(model: BlameModel): PackedBlameModel {
  const sorted = [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const weights = frontCoded(sorted.map(([feature, weight]) => [feature, String(Math.round(weight * WEIGHT_SCALE))]), WEIGHT_SEPARATOR);
  return { ...model, weights };
}

/**
 * Throws on a table it cannot read (an older format, a weight that is not a number) instead of
 * scoring every sentence 0.5: in the browser a failed check only makes the hints disappear.
 */
export function unpackModel(model: PackedBlameModel): BlameModel {
  if (typeof model.weights !== 'string') throw new Error('The blame classifier\'s weights are not front-coded; run scripts/blame-train.ts.');
  for (const field of ['bias', 'threshold'] as const) {
    if (!Number.isFinite(model[field])) throw new Error(`The blame classifier's ${field} is not a number.`);
  }
  const weights = new Map<string, number>();
  for (const [feature, tenths] of unpack(model.weights, WEIGHT_SEPARATOR)) {
    if (!/^-?\d+$/.test(tenths)) throw new Error(`The blame classifier's weight for ${JSON.stringify(feature)} is not a number: ${JSON.stringify(tenths)}.`);
    weights.set(feature, Number(tenths) / WEIGHT_SCALE);
  }
  return { ...model, weights };
}

/** Read on first use (about 50 ms): a page that never checks a sentence never pays for it. */
let shipped: BlameModel | null = null;
const shippedModel = () => (shipped ??= unpackModel(packed as PackedBlameModel));

/** Reads the shipped table now rather than on the first check (see check.ts prepareChecker). */
export function prepareClassifier(): void {
  shippedModel();
}

/** Probability that the sentence frames a person as the cause of a failure. */
export function blameProbability(sentence: string, m: BlameModel = shippedModel(), extra: readonly string[] = []): number {
  let z = m.bias;
  for (const f of featuresOf(sentence)) z += m.weights.get(f) ?? 0;
  for (const f of extra) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The classifier reads the sentence as plainly blameless: the phrase rules' hints in it go. */
export function vetoesHints(sentence: string, m: BlameModel = shippedModel()): boolean {
  return m.veto !== undefined && blameProbability(sentence, m) < m.veto;
}

export function readsAsBlame(sentence: string, m: BlameModel = shippedModel(), extra: readonly string[] = []): boolean {
  return blameProbability(sentence, m, extra) >= m.threshold;
}
