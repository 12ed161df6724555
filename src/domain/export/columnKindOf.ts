// The kind of a property value, for writers whose columns have one type (FlatGeobuf, GeoParquet): a column takes
// the kind of its values, text when they disagree, JSON text for objects and arrays.
// 'integer' is never inferred from values: a writer plans it for a column of whole numbers or nulls (the CLI's rank).
export type ColumnKind = 'empty' | 'bool' | 'number' | 'integer' | 'string' | 'json';

export function columnKindOf(value: unknown): ColumnKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  return 'json';
}

/** Adds one feature's properties to the columns' kinds (first-seen order; text when kinds disagree, JSON wins). */
export function addColumnKinds(kinds: Map<string, ColumnKind>, properties: Record<string, unknown> | null | undefined): void {
  for (const key in properties ?? {}) {
    const kind = columnKindOf(properties![key]);
    const was = kinds.get(key);
    if (was === undefined || was === 'empty') kinds.set(key, kind);
    else if (kind !== 'empty' && kind !== was) kinds.set(key, kind === 'json' || was === 'json' ? 'json' : 'string');
  }
}
