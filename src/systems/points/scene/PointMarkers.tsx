// Every point location on the body in ONE draw call: an instanced sphere per location, coloured by
// channel, lifted a little off the skin along its normal so it is never hidden inside the body.
// Hover names the point (the one HTML label in the scene) and stays local: it rewrites two
// instances, not all of them, and never touches the store. A click selects it. What is shown and
// enlarged is derived from the store (filters, search); the camera frames the found points once they
// settle, not on every keystroke.
import { Html } from '@react-three/drei';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Color, InstancedMesh, Matrix4 } from 'three';
import type { BodySurface } from '../../../domain/body/frame.ts';
import { channelInfo, channelOfCode } from '../../../domain/points/channels.ts';
import { locationOnSurface } from '../../../domain/points/placement.ts';
import { pointShown } from '../../../state/filters.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { sameCodes } from '../../../state/searchSelectors.ts';
import { selectLitCodes, selectNamesHidden, selectStudyLit } from '../../../state/studySelectors.ts';
import { LabelLayer, type LabelSpec } from '../../../scene/LabelLayer.tsx';
import { nth } from '../../../domain/checked.ts';
import { visibleMarker, type RayHit } from '../../../domain/points/markerSize.ts';
import { markerRaycast } from './markerPicking.ts';
import { palettes } from '../../../theme/tokens.ts';
import { usePalette } from '../../../state/theme.ts';
import { selectPatientPointGrades } from '../../../state/safetySelectors.ts';
import { warningGrade } from '../../../domain/cautions/patient.ts';

// A low-poly ball (48 triangles, an octagon in outline; the material is unlit, so facets do not
// show): 834 of them are drawn every frame, and in software WebGL their triangles dominated the
// frame time (10 x 8 segments: 200 ms per orbit frame; 8 x 4: about half of that). The ball and its
// material are the instanced mesh's JSX children, so R3F disposes them with it.
const sphereArgs: [number, number, number] = [1, 8, 4];
const radius = 0.0042;
/**
 * Markers keep a minimum size on screen: at full-body view on a phone a 4 mm ball is about one
 * pixel. The vertex shader scales every ball (keeping their relative sizes: selected, found) so
 * that a plain marker is at least `minRadiusPx` CSS pixels across its radius, from the camera's
 * projection and the canvas height; nothing is recomputed on the CPU per frame.
 */
const minRadiusPx = 2.5;
type ScreenSize = Parameters<typeof markerRaycast>[1];
/** One layer's screen-size uniforms (shared by the shader and the picking) and the shader patch that reads them. */
class ScreenSizing {
  readonly uniforms: ScreenSize = { viewportHeight: { value: 800 }, minRadiusPx: { value: minRadiusPx }, baseRadius: { value: radius } };
  setViewportHeight(px: number): void {
    this.uniforms.viewportHeight.value = px;
  }
  readonly onBeforeCompile = (shader: { uniforms: Record<string, unknown>; vertexShader: string }): void => {
    Object.assign(shader.uniforms, this.uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float viewportHeight;\nuniform float minRadiusPx;\nuniform float baseRadius;')
      .replace(
        '#include <project_vertex>',
        `#ifdef USE_INSTANCING
  vec4 centre = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  // metres per CSS pixel at the marker's depth (perspective camera); the picking does the same
  // arithmetic (markerSize.ts: metresPerPixel, drawnRadius)
  float perPixel = 2.0 * max(-centre.z, 1e-4) / (projectionMatrix[1][1] * viewportHeight);
  transformed *= max(1.0, minRadiusPx * perPixel / baseRadius);
#endif
#include <project_vertex>`,
      );
  };
}
// the selected marker is drawn in the labels' halo colour (white on the light themes), ringed by its channel's
const selectedColor = new Color(palettes.light.markerHalo);
// patient-safety mode: the grade's colour (theme tokens) on the points the patient's switches
// affect, drawn larger; the other points keep their channel's colour, faded toward the stage, so
// the affected ones stand out and nothing is hidden
const contraindicatedColor = new Color();
const cautionColor = new Color();
const fadeTo = new Color();
const unaffectedFade = 0.6;
const affectedScale = 1.35;
/** How long the found set must stay the same before the camera moves to it. */
const settleMs = 450;

/** The marker the user sees under the pointer (the nearest hit at its drawn size, not behind the skin). */
function markerUnderPointer(e: ThreeEvent<PointerEvent | MouseEvent>): number | null {
  const hits: RayHit[] = e.intersections.map((h) => ({
    distance: h.distance,
    kind: h.object.name === 'body' ? 'body' : h.object.name === 'point-markers' ? 'marker' : 'other',
    ...(h.object.name === 'point-markers' && h.instanceId !== undefined ? { instanceId: h.instanceId } : {}),
  }));
  // the hit this handler was called for (R3F lists it among the intersections too)
  if (e.instanceId !== undefined) hits.push({ distance: e.distance, kind: 'marker', instanceId: e.instanceId });
  return visibleMarker(hits);
}

export function PointMarkers({ surface }: { surface: BodySurface }) {
  // the navel's close-up: a marker there is a cun wide and would cover its sectors (a selected point shows again)
  const visible = useAtlas((s) => s.showPoints && !(s.navelOpen && s.selection?.system !== 'points'));
  const showLabels = useAtlas((s) => s.showPointLabels);
  const channel = useAtlas((s) => s.channel);
  const category = useAtlas((s) => s.category);
  const region = useAtlas((s) => s.region);
  const showExtra = useAtlas((s) => s.showExtra);
  const locations = useAtlas((s) => s.locations);
  const selected = useAtlas(selectedPoint);
  const records = useAtlas((s) => s.records);
  const found = useAtlas(selectLitCodes);
  // a flashcard's front or a quiz question lights its items alone, whatever the filters, and names nothing
  const studyLit = useAtlas(selectStudyLit);
  const namesHidden = useAtlas(selectNamesHidden);
  const patientGrades = useAtlas(selectPatientPointGrades);
  const patientOn = useAtlas((s) => s.patient.length > 0);
  const palette = usePalette();
  const [hovered, setHovered] = useState<number | null>(null);
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const canvasHeight = useThree((s) => s.size.height);
  // the shader's and the picking's uniforms, one set per layer, updated in place
  const [sizing] = useState(() => new ScreenSizing());
  useLayoutEffect(() => {
    sizing.setViewportHeight(canvasHeight);
    invalidate();
  }, [sizing, canvasHeight, invalidate]);

  // picked at the size drawn (the shader's minimum on screen), not at the balls' scene size (again
  // when a new count of locations makes R3F build a new instanced mesh)
  useLayoutEffect(() => {
    const m = mesh.current;
    if (m) m.raycast = markerRaycast(m, sizing.uniforms);
  }, [sizing, locations.length]);

  const placed = useMemo(() => locations.map((loc) => locationOnSurface(surface, loc)), [locations, surface]);
  const shown = useMemo(
    () =>
      locations.map((loc) =>
        studyLit ? studyLit.has(loc.code) : pointShown(loc.code, records?.get(loc.code), { channel, category, region, showExtra }, found),
      ),
    [locations, records, channel, category, region, showExtra, found, studyLit],
  );
  const selectedIndex = useMemo(
    () => (selected ? locations.findIndex((l) => l.code === selected.id && l.side === selected.side && l.index === selected.index) : -1),
    [locations, selected],
  );

  // One instance's matrix and colour; shared by the full rewrite and the two-instance hover update.
  const write = useMemo(() => {
    const matrix = new Matrix4();
    const color = new Color();
    contraindicatedColor.set(palette.markerContraindicated);
    cautionColor.set(palette.markerCaution);
    fadeTo.set(palette.stage);
    return (m: InstancedMesh, i: number, hover: boolean) => {
      const loc = locations[i],
        at = placed[i];
      if (!loc || !at) return;
      const { position, normal } = at;
      const grade = patientGrades.get(loc.code);
      const affected = warningGrade(grade);
      const base = !shown[i] && i !== selectedIndex ? 0 : i === selectedIndex ? radius * 1.9 : hover || found !== null ? radius * 1.5 : radius;
      const r = affected && i !== selectedIndex ? base * affectedScale : base;
      matrix.makeScale(r, r, r).setPosition(position[0] + normal[0] * r * 0.5, position[1] + normal[1] * r * 0.5, position[2] + normal[2] * r * 0.5);
      m.setMatrixAt(i, matrix);
      if (i === selectedIndex) m.setColorAt(i, selectedColor);
      else if (affected) m.setColorAt(i, grade === 'contraindicated' ? contraindicatedColor : cautionColor);
      else {
        color.set(channelInfo[channelOfCode(loc.code)].color);
        m.setColorAt(i, patientOn ? color.lerp(fadeTo, unaffectedFade) : color);
      }
    };
  }, [locations, placed, shown, selectedIndex, found, patientGrades, patientOn, palette]);

  const hoveredRef = useRef<number | null>(null);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m || locations.length === 0) return;
    for (let i = 0; i < locations.length; i++) write(m, i, i === hoveredRef.current);
    m.count = locations.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [locations, write, invalidate]);

  // hover: the marker left and the marker entered, nothing else
  useLayoutEffect(() => {
    const m = mesh.current,
      before = hoveredRef.current;
    hoveredRef.current = hovered;
    if (!m || before === hovered) return;
    if (before !== null) write(m, before, false);
    if (hovered !== null) write(m, hovered, true);
    m.instanceMatrix.needsUpdate = true;
    invalidate();
  }, [hovered, write, invalidate]);

  // Frame the found points once the query has settled: the camera backs off to see all of them.
  // Scalp zones found without points turn the camera to the scalp instead.
  const framed = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!found || found.size === 0 || selectedIndex >= 0) {
      if (!found) framed.current = null;
      return;
    }
    if (sameCodes(found, framed.current)) return;
    const timer = setTimeout(() => {
      framed.current = found;
      const atlas = useAtlas.getState();
      const hit = placed.filter((_, i) => found.has(locations[i]?.code ?? ''));
      if (hit.length === 0) {
        // (a camera a link kept holds, as it does against framing)
        if (!atlas.camera.held && atlas.scalp?.zones.some((z) => found.has(z.id))) atlas.goTo('scalp-top');
        return;
      }
      const min = [Infinity, Infinity, Infinity],
        max = [-Infinity, -Infinity, -Infinity];
      for (const p of hit)
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(nth(min, k), nth(p.position, k));
          max[k] = Math.max(nth(max, k), nth(p.position, k));
        }
      const centre: [number, number, number] = [(nth(min, 0) + nth(max, 0)) / 2, (nth(min, 1) + nth(max, 1)) / 2, (nth(min, 2) + nth(max, 2)) / 2];
      const size = Math.max(nth(max, 0) - nth(min, 0), nth(max, 1) - nth(min, 1), 0.25);
      const facing = hit.filter((p) => p.normal[2] < 0).length > hit.length / 2 ? -1 : 1;
      atlas.frame(centre, [centre[0], centre[1] + size * 0.1, centre[2] + facing * (size * 1.9 + 0.3)]);
    }, settleMs);
    return () => clearTimeout(timer);
  }, [found, placed, locations, selectedIndex]);

  // Frame the selection: the camera looks at the point from outside the skin.
  useEffect(() => {
    const p = placed[selectedIndex];
    if (!p) return;
    const d = 0.55;
    useAtlas.getState().frame(p.position, [p.position[0] + p.normal[0] * d, p.position[1] + p.normal[1] * d + 0.05, p.position[2] + p.normal[2] * d]);
  }, [placed, selectedIndex]);

  useEffect(() => invalidate(), [visible, invalidate]);

  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const labels = useMemo<LabelSpec[]>(
    () =>
      locations.flatMap((loc, i) => {
        if (!shown[i]) return [];
        const p = placed[i];
        if (!p) return [];
        return [{ text: loc.index > 1 || loc.code.startsWith('EX-') ? `${loc.code}.${loc.index}` : loc.code, position: p.position, normal: p.normal }];
      }),
    [locations, placed, shown],
  );

  /** The shown marker under the pointer that the body does not hide, if any. */
  const pickable = (e: ThreeEvent<PointerEvent | MouseEvent>): number | null => {
    const i = markerUnderPointer(e);
    return i !== null && (shown[i] || i === selectedIndex) ? i : null;
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const i = pickable(e);
    const loc = i === null ? undefined : locations[i];
    if (!loc) return;
    e.stopPropagation();
    useAtlas.getState().select({ system: 'points', id: loc.code, side: loc.side, index: loc.index });
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    const i = pickable(e);
    if (i !== null) e.stopPropagation();
    setHovered(i);
  };
  const hoveredLoc = hovered === null ? undefined : locations[hovered];
  const hoveredAt = hovered === null ? undefined : placed[hovered];

  return (
    <>
      <instancedMesh
        ref={mesh}
        name="point-markers"
        args={[undefined, undefined, Math.max(1, locations.length)]}
        visible={visible && locations.length > 0}
        onClick={visible ? onClick : undefined}
        onPointerMove={visible ? onMove : undefined}
        onPointerOut={() => setHovered(null)}
      >
        <sphereGeometry args={sphereArgs} />
        <meshBasicMaterial toneMapped={false} onBeforeCompile={sizing.onBeforeCompile} />
      </instancedMesh>
      <LabelLayer labels={labels} visible={visible && showLabels && !namesHidden} occluder={body} />
      {hoveredLoc && hoveredAt && visible && !namesHidden && (
        <Html position={hoveredAt.position} className="hover-label" center={false} zIndexRange={[20, 0]} pointerEvents="none">
          <strong>{hoveredLoc.code}</strong> {records?.get(hoveredLoc.code)?.pinyin ?? ''}
        </Html>
      )}
    </>
  );
}
