// A stable number for each array a geometry is built from: JSX geometries are keyed by it, so new
// data mounts a new geometry (R3F disposes the old one) instead of swapping attributes of a
// different length into a geometry whose bounds and draw range were computed for the old ones.
// Derived from the array itself, so the data carries no build counter of its own.
const keys = new WeakMap<object, number>();
let last = 0;

export function keyOf(array: object): number {
  let key = keys.get(array);
  if (key === undefined) keys.set(array, (key = ++last));
  return key;
}
