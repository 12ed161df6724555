// Attribute measures store, per parcel, an index into a list of codes. A run meets the codes in the
// order of its cells (and a run split over threads in whatever order the threads went), so the list
// is put in the order of first use by parcel number: the same list whichever way it was measured.

/** Renumbers `values` (code indexes, NaN = none) in place; returns the reordered code list. */
export function renumberCategories(values: Float64Array, categories: string[]): string[] {
  const newIndex = new Float64Array(categories.length).fill(-1);
  const renumbered: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    let r = newIndex[v];
    if (r < 0) {
      r = newIndex[v] = renumbered.length;
      renumbered.push(categories[v]);
    }
    values[i] = r;
  }
  return renumbered;
}
