// The scalp systems on the head: WHO lines as one line draw call, Jiao's areas as one ribbon mesh
// (bands over the skin), the hairline as a guide. Clicking a line or band selects it; choosing a
// body part lights the segments that map to it; zones found by the search are lit (and shown).
// Geometries and materials are JSX, owned by R3F (disposed when replaced or unmounted); colours
// are written in place into the colour attributes.
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, DoubleSide, type BufferAttribute } from 'three';
import type { Vec3 } from '../../../domain/body/frame.ts';
import type { PlacedScalpZone } from '../../../domain/scalp/placement.ts';
import { selectedZone, useAtlas } from '../../../state/store.ts';
import { selectQuizAsking } from '../../../state/quizSelectors.ts';
import { selectLitCodes } from '../../../state/studySelectors.ts';
import { nth } from '../../../domain/checked.ts';
import type { Palette } from '../../../theme/tokens.ts';
import { usePalette } from '../../../state/theme.ts';
import { keyOf } from '../../../scene/builds.ts';
import { FatSegments, paintSegments, type LineSegments2 } from '../../../scene/FatSegments.tsx';
import { selectPatientZoneGrades, type PatientGrades } from '../../../state/safetySelectors.ts';
// the theme's colours (src/theme/tokens.ts), set when the theme changes
const whoColor = new Color();
const jiaoColor = new Color();
const highlight = new Color();
const faded = new Color();
const selectedColor = new Color();
const contraindicatedColor = new Color();
const cautionColor = new Color();
function takeColours(p: Palette) {
  contraindicatedColor.set(p.markerContraindicated);
  cautionColor.set(p.markerCaution);
  whoColor.set(p.scalpWho);
  jiaoColor.set(p.scalpJiao);
  highlight.set(p.scalpHighlight);
  faded.set(p.zoneFaded);
  selectedColor.set(p.guide);
}

/** Patient-safety mode: a zone the patient's switches affect takes its grade's colour (a note does not mark it). */
function patientColour(grades: PatientGrades, id: string): Color | null {
  const grade = grades.get(id);
  return grade === 'contraindicated' ? contraindicatedColor : grade === 'caution' ? cautionColor : null;
}

function sameZone(z: PlacedScalpZone, sel: { id: string; side: string } | null) {
  return sel !== null && sel.id === z.id && sel.side === z.side;
}

export function ScalpZones() {
  const scalp = useAtlas((s) => s.scalp);
  const showWho = useAtlas((s) => s.showWho);
  const showJiao = useAtlas((s) => s.showJiao);
  const bodyPart = useAtlas((s) => s.bodyPart);
  const selected = useAtlas(selectedZone);
  // what the search lights, or the quiz while a round is on
  const found = useAtlas(selectLitCodes);
  // a locate question hides the lines and areas: they would be the answer
  const hidden = useAtlas(selectQuizAsking) === 'locate';
  const patientGrades = useAtlas(selectPatientZoneGrades);
  const invalidate = useThree((s) => s.invalidate);

  // The geometries are built when the zones arrive; each vertex remembers its zone and how far
  // along its stroke it lies, so the colours (selection, search, body part) are written in place.
  const lines = useMemo(() => {
    const positions: number[] = [],
      owner: number[] = [];
    const zones = scalp?.zones.filter((z) => z.system === 'who-scalp') ?? [];
    zones.forEach((z, zi) => {
      for (const stroke of z.strokes)
        for (let i = 0; i < stroke.length - 1; i++) {
          positions.push(...(stroke[i] as Vec3), ...(stroke[i + 1] as Vec3));
          owner.push(zi, zi);
        }
    });
    // two vertices per segment, each segment's zone once per vertex: `owner` is also the zone of each vertex
    return { positions: new Float32Array(positions), colors: new Float32Array(positions.length), zones, owner };
  }, [scalp]);

  const bands = useMemo(() => {
    const zones = scalp?.zones.filter((z) => z.system === 'jiao-scalp') ?? [];
    const all = zones.flatMap((z) => z.strokes.flat());
    const centre: Vec3 = [0, 0, 0];
    for (const p of all) for (let k = 0; k < 3; k++) centre[k] = (centre[k] as number) + (p[k] as number) / Math.max(1, all.length);
    centre[1] -= 0.04;
    const positions: number[] = [],
      owner: number[] = [],
      vertexZone: number[] = [],
      vertexFraction: number[] = [];
    const half = 0.0035;
    zones.forEach((z, zi) => {
      for (const stroke of z.strokes) {
        let total = 0;
        const lengths = stroke.map((p, i) =>
          i === 0 ? 0 : (total += Math.hypot(p[0] - (stroke[i - 1] as Vec3)[0], p[1] - (stroke[i - 1] as Vec3)[1], p[2] - (stroke[i - 1] as Vec3)[2])),
        );
        const edge = (i: number): [Vec3, Vec3] => {
          const p = stroke[i] as Vec3;
          const a = stroke[Math.max(0, i - 1)] as Vec3,
            b = stroke[Math.min(stroke.length - 1, i + 1)] as Vec3;
          const t: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
          const n: Vec3 = [p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]];
          const s: Vec3 = [t[1] * n[2] - t[2] * n[1], t[2] * n[0] - t[0] * n[2], t[0] * n[1] - t[1] * n[0]];
          const l = Math.hypot(...s) || 1;
          const nl = Math.hypot(...n) || 1;
          const lift: Vec3 = [(n[0] / nl) * 0.0015, (n[1] / nl) * 0.0015, (n[2] / nl) * 0.0015];
          return [
            [p[0] - (s[0] / l) * half + lift[0], p[1] - (s[1] / l) * half + lift[1], p[2] - (s[2] / l) * half + lift[2]],
            [p[0] + (s[0] / l) * half + lift[0], p[1] + (s[1] / l) * half + lift[1], p[2] + (s[2] / l) * half + lift[2]],
          ];
        };
        const fraction = (i: number) => (total > 0 ? nth(lengths, i) / total : 0);
        for (let i = 0; i < stroke.length - 1; i++) {
          const [a0, a1] = edge(i),
            [b0, b1] = edge(i + 1);
          positions.push(...a0, ...a1, ...b1, ...a0, ...b1, ...b0);
          const fa = fraction(i),
            fb = fraction(i + 1);
          vertexFraction.push(fa, fa, fb, fa, fb, fb);
          vertexZone.push(zi, zi, zi, zi, zi, zi);
          owner.push(zi, zi);
        }
      }
    });
    return { positions: new Float32Array(positions), colors: new Float32Array(positions.length), zones, owner, vertexZone, vertexFraction };
  }, [scalp]);

  // the search lights a system's zones only if it found some of them
  const palette = usePalette();
  useLayoutEffect(() => takeColours(palette), [palette]);
  const linesLit = found && lines.zones.some((z) => found.has(z.id)) ? found : null;
  const bandsLit = found && bands.zones.some((z) => found.has(z.id)) ? found : null;

  const line = useRef<LineSegments2>(null);
  const bandColors = useRef<BufferAttribute>(null);
  useLayoutEffect(() => {
    lines.owner.forEach((zi, v) => {
      const z = lines.zones[zi];
      if (!z) return;
      const c = sameZone(z, selected)
        ? selectedColor
        : linesLit && !linesLit.has(z.id)
          ? faded
          : (patientColour(patientGrades, z.id) ?? (linesLit ? highlight : whoColor));
      c.toArray(lines.colors, 3 * v);
    });
    paintSegments(line.current, lines.colors);
    invalidate();
  }, [lines, selected, linesLit, invalidate, palette, patientGrades]);

  useLayoutEffect(() => {
    const colors = bandColors.current;
    if (!colors) return;
    bands.vertexZone.forEach((zi, v) => {
      const z = bands.zones[zi];
      if (!z) return;
      const f = nth(bands.vertexFraction, v);
      const hit =
        bodyPart !== null && (z.segments?.some((seg) => seg.bodyParts.includes(bodyPart) && f >= seg.range[0] - 1e-6 && f <= seg.range[1] + 1e-6) ?? false);
      const lit = bodyPart ? hit : bandsLit ? bandsLit.has(z.id) : null;
      const c = sameZone(z, selected) ? selectedColor : lit === false ? faded : (patientColour(patientGrades, z.id) ?? (lit ? highlight : jiaoColor));
      colors.setXYZ(v, c.r, c.g, c.b);
    });
    colors.needsUpdate = true;
    invalidate();
  }, [bands, selected, bodyPart, bandsLit, invalidate, palette, patientGrades]);

  const hair = useMemo(() => {
    const positions: number[] = [];
    for (const h of scalp?.hairlines ?? []) for (let i = 0; i < h.length - 1; i++) positions.push(...(h[i] as Vec3), ...(h[i + 1] as Vec3));
    return new Float32Array(positions);
  }, [scalp]);

  const whoShown = (showWho && !hidden) || linesLit !== null;
  const jiaoShown = (showJiao && !hidden) || bandsLit !== null;
  useEffect(() => invalidate(), [lines, bands, whoShown, jiaoShown, invalidate]);

  const pickLine = (e: ThreeEvent<MouseEvent>) => {
    if (!whoShown || e.faceIndex === undefined || e.faceIndex === null) return;
    // wide lines report the segment clicked as faceIndex, and `owner` has one entry per end (two per segment)
    const z = lines.zones[lines.owner[2 * e.faceIndex] ?? -1];
    if (!z) return;
    e.stopPropagation();
    useAtlas.getState().select({ system: 'scalp', id: z.id, side: z.side });
  };
  const pickBand = (e: ThreeEvent<MouseEvent>) => {
    if (!jiaoShown || e.faceIndex === undefined || e.faceIndex === null) return;
    const z = bands.zones[bands.owner[e.faceIndex] ?? -1];
    if (!z) return;
    e.stopPropagation();
    useAtlas.getState().select({ system: 'scalp', id: z.id, side: z.side });
  };

  return (
    <group name="scalp-zones">
      <lineSegments name="hairline" visible={whoShown || jiaoShown}>
        <bufferGeometry key={keyOf(hair)}>
          <bufferAttribute attach="attributes-position" args={[hair, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color={palette.hair} transparent opacity={0.7} />
      </lineSegments>
      <FatSegments ref={line} name="who-lines" positions={lines.positions} colors={lines.colors} width={3} visible={whoShown} onClick={pickLine} />
      <mesh name="jiao-areas" visible={jiaoShown} onClick={pickBand}>
        <bufferGeometry key={keyOf(bands.positions)}>
          <bufferAttribute attach="attributes-position" args={[bands.positions, 3]} />
          <bufferAttribute ref={bandColors} attach="attributes-color" args={[bands.colors, 3]} />
        </bufferGeometry>
        <meshBasicMaterial vertexColors side={DoubleSide} toneMapped={false} transparent opacity={0.85} polygonOffset polygonOffsetFactor={-2} />
      </mesh>
    </group>
  );
}
