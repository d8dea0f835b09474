// A value computed once per body and set of placed landmarks (the vertex regions, the dermatome
// rules and labels): the build, the export and the tests ask for them many times with the same two.
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import type { BuiltBody } from './body.ts';

type Landmarks = ReadonlyMap<string, PlacedLandmark>;

/** `compute` memoised on its body and landmarks (weakly: both may be collected). */
export function perBody<T>(compute: (body: BuiltBody, landmarks: Landmarks) => T): (body: BuiltBody, landmarks: Landmarks) => T {
  const cache = new WeakMap<BuiltBody, WeakMap<Landmarks, { value: T }>>();
  return (body, landmarks) => {
    const hit = cache.get(body)?.get(landmarks);
    if (hit) return hit.value;
    const value = compute(body, landmarks);
    const byLandmarks = cache.get(body) ?? new WeakMap<Landmarks, { value: T }>();
    byLandmarks.set(landmarks, { value });
    cache.set(body, byLandmarks);
    return value;
  };
}
