/**
 * A number per object, the same for as long as the object lives: for deck.gl update triggers and worker messages,
 * where comparing the object itself would mean comparing (or cloning) its millions of elements.
 */
export function createIdentityNumbers<T extends object>(): (value: T) => number {
  const numbers = new WeakMap<T, number>();
  let next = 1;
  return (value) => {
    let n = numbers.get(value);
    if (n === undefined) {
      n = next++;
      numbers.set(value, n);
    }
    return n;
  };
}
