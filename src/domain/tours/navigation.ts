// Moving through a tour being played: the step shown is always one of the tour's (a clicker pressed
// past the last step stays on it), so the caption bar never shows "step 13 of 12".

/** The step `delta` away from `index`, kept within the tour's `length` steps (0 when it has none). */
export function stepBy(index: number, delta: number, length: number): number {
  if (length <= 0) return 0;
  return Math.max(0, Math.min(length - 1, index + delta));
}

/** "Step 3 of 11". */
export const stepLabel = (index: number, length: number): string => `Step ${Math.min(index + 1, length)} of ${length}`;
