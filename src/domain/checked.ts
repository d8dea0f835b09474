// One policy for indices: an index out of range is a bug, so reading one throws, naming the index
// and the length. (A fallback such as `a[i] ?? 0` would quietly put a vertex at the origin or a
// weight at nothing; lint forbids it.) Loops bounded by the array's own length may use `a[i]!`.
export class IndexOutOfRange extends RangeError {}

/** The element at `index`, checked (`nth(positions, v * 3)`). */
export function nth<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) throw new IndexOutOfRange(`index ${index} is outside 0..${array.length - 1}`);
  return value;
}
