// The kind of a property value, for writers whose columns have one type (FlatGeobuf, GeoParquet): a column takes
// the kind of its values, text when they disagree, JSON text for objects and arrays.
export type ColumnKind = 'empty' | 'bool' | 'number' | 'string' | 'json';

export function columnKindOf(value: unknown): ColumnKind {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  return 'json';
}
