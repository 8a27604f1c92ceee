/**
 * Factors ranked by votes, most first; ties in creation order (`seq` where the caller has it,
 * else the order given, which is creation order everywhere in Debrief). Before the reveal all
 * totals are null, so nothing moves. The review board, the voting board and the export rank
 * with this one function, so they always list factors in the same order.
 */
export function rankFactors<T extends { votes: number | null; seq?: number }>(factors: readonly T[]): T[] {
  // Array#sort is stable: equal keys keep the order given.
  return factors.slice().sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || (a.seq ?? 0) - (b.seq ?? 0));
}
