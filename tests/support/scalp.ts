// Small WHO scalp lines for scene tests: line k runs straight up the head, 1 cm to the side of
// line k-1, in `segments` segments of 2 cm.
import type { ScalpFile } from '../../src/domain/scalp/placement.ts';

export function scalpLines(ids: readonly string[], segments: number): ScalpFile['zones'] {
  return ids.map((id, k) => ({
    id,
    system: 'who-scalp',
    side: 'left',
    strokes: [Array.from({ length: segments + 1 }, (_, i): [number, number, number] => [k * 0.01, 1.6 + i * 0.02, 0.1])],
  }));
}
