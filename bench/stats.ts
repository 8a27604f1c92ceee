/** Percentiles by the nearest-rank method over a copy of the samples. */
export function summarise(samples: number[]) {
  if (samples.length === 0) return { n: 0, p50: NaN, p90: NaN, p99: NaN, max: NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: sorted[sorted.length - 1] };
}

export type Summary = ReturnType<typeof summarise>;
