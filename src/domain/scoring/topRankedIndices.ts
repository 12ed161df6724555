// The best parcels of a result, best first: a cadastre's ranking lists these (not millions of rows) and the map
// labels them "#1", "#2", … The scoring worker computes them with the scores (TOP_RANKED_LIMIT of them), so the
// page does not scan 2M ranks per reply.

/** How many of the best parcels the scoring worker sends with the scores: the cadastre's rows (100) and up to 50 rank labels. */
export const TOP_RANKED_LIMIT = 100;

/** The parcels ranked 1 … `limit` (ties share a rank), best first, at most `limit` of them. */
export function topRankedIndices(ranks: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < ranks.length; i++) if (ranks[i] <= limit) top.push(i);
  return top.sort((a, b) => ranks[a] - ranks[b] || a - b).slice(0, limit);
}

/**
 * `topRankedIndices(ranks, limit)` read from the longer list the worker made (`top` = topRankedIndices(ranks,
 * topLimit)) when `limit` ≤ `topLimit`: `top` is in the same order and holds the first `topLimit` parcels ranked
 * ≤ `topLimit`, so its parcels ranked ≤ `limit`, at most `limit` of them, are the answer. Else (or without `top`) the scan.
 */
export function topRankedOf(ranks: Float64Array, limit: number, top: readonly number[] | undefined, topLimit = TOP_RANKED_LIMIT): number[] {
  if (!top || limit > topLimit) return topRankedIndices(ranks, limit);
  const out: number[] = [];
  for (const i of top) {
    if (out.length >= limit || !(ranks[i] <= limit)) break;
    out.push(i);
  }
  return out;
}
