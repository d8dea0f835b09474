// Line segments drawn a few pixels wide (three's LineSegments2: WebGL draws plain lines one pixel
// wide whatever their width), one draw call per set, coloured per segment end. The geometry is JSX,
// owned by R3F and rebuilt only when the positions change (a new array); colours are painted into
// its buffer in place with `paintSegments`. Clicks report the segment as `faceIndex`.
import { extend, useThree, type ThreeElement, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useRef, type Ref } from 'react';
import type { InterleavedBufferAttribute } from 'three';
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js';
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js';
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js';
import { keyOf } from './builds.ts';

extend({ LineSegments2, LineSegmentsGeometry, LineMaterial });
declare module '@react-three/fiber' {
  interface ThreeElements {
    lineSegments2: ThreeElement<typeof LineSegments2>;
    lineSegmentsGeometry: ThreeElement<typeof LineSegmentsGeometry>;
    lineMaterial: ThreeElement<typeof LineMaterial>;
  }
}

export type { LineSegments2 };

export interface FatSegmentsProps {
  ref?: Ref<LineSegments2>;
  name?: string;
  /** two ends per segment, xyz each (a new array rebuilds the geometry) */
  positions: Float32Array;
  /** rgb per end, the same layout; painted again with paintSegments */
  colors?: Float32Array;
  /** one colour for every segment, when there are no per-end colours */
  color?: string;
  /** width in CSS pixels */
  width: number;
  visible?: boolean;
  depthTest?: boolean;
  opacity?: number;
  renderOrder?: number;
  onClick?: (e: ThreeEvent<MouseEvent>) => void;
}

export function FatSegments({
  ref,
  name,
  positions,
  colors,
  color,
  width,
  visible = true,
  depthTest = true,
  opacity = 1,
  renderOrder,
  onClick,
}: FatSegmentsProps) {
  const geometry = useRef<LineSegmentsGeometry>(null);
  const dpr = useThree((s) => s.viewport.dpr);
  // the segments, set once per positions array (the geometry is keyed by it below)
  useLayoutEffect(() => {
    const g = geometry.current;
    if (!g) return;
    g.setPositions(positions);
    if (colors) g.setColors(colors);
  }, [positions, colors]);
  return (
    <lineSegments2 ref={ref} name={name} visible={visible} renderOrder={renderOrder} onClick={onClick}>
      <lineSegmentsGeometry ref={geometry} key={keyOf(positions)} />
      <lineMaterial
        vertexColors={colors !== undefined}
        color={color ?? '#ffffff'}
        linewidth={width * dpr}
        depthTest={depthTest}
        transparent={opacity < 1}
        opacity={opacity}
        toneMapped={false}
      />
    </lineSegments2>
  );
}

/** Writes new per-end colours into the drawn segments' buffer (same layout as `colors`). */
export function paintSegments(line: LineSegments2 | null, colors: Float32Array): void {
  const start = line?.geometry.getAttribute('instanceColorStart') as InterleavedBufferAttribute | undefined;
  if (!start) return;
  start.data.array.set(colors);
  start.data.needsUpdate = true;
}
