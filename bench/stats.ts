/**
 * Percentiles by the nearest-rank rule: the p-th percentile of n sorted samples is the sample
 * at rank ceil(p/100 × n) (1-based). No interpolation, so every figure is a latency that was
 * really observed, and Debrief and the baseline are summarised by the very same function.
 */
export function summarise(samples: number[]) {
  if (samples.length === 0) return { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}

export type Summary = ReturnType<typeof summarise>;

/** The median of a few numbers (passes), by the same nearest-rank rule. */
export function median(values: number[]): number {
  return summarise(values).p50;
}
