// Builds the scalp zones on a body: the WHO lines from the resolved points that anchor them, and
// Jiao Shunfa's areas from head landmarks in centimetres and fractions of his two reference lines
// (the anterior-posterior midline, glabella to external occipital protuberance over the vertex;
// the eyebrow-occiput line, upper border of the eyebrow to the protuberance round the side).
import type { Side, Vec3 } from '../body/frame.ts';
import { add, dot, lerp, norm, scale, sub } from '../body/vec.ts';
import { castRay, closestPoint } from '../body/surface.ts';
import { nearestOnPath, pathLength, pointAlong, walkOnSurface, type WalkPlane } from '../body/walk.ts';
import { landmarkFor, type BodyContext } from '../resolve/bodyContext.ts';
import { channelPolyline } from '../resolve/paths.ts';
import type { Resolver } from '../resolve/resolver.ts';
import type { JiaoArea, LineFromStart, WhoScalpLine } from '../schema/scalp.ts';

export interface ScalpZone {
  id: string;
  system: 'who-scalp' | 'jiao-scalp';
  side: Side;
  /** one or more strokes over the skin (praxis has three) */
  strokes: Vec3[][];
  segments?: { range: [number, number]; bodyParts: string[]; serves: string }[];
}

const cm = 0.01;

export function buildWhoLines(resolver: Resolver, lines: readonly WhoScalpLine[]): ScalpZone[] {
  const out: ScalpZone[] = [];
  for (const line of lines) {
    const sides: Side[] = line.laterality === 'midline' ? ['midline'] : ['left', 'right'];
    for (const side of sides) {
      const a = resolver.evaluateRule(line.start, line.code, 'start', side).position;
      const b =
        line.end.kind === 'from-start' ? fromStart(resolver.ctx, a, line.end, line.code) : resolver.evaluateRule(line.end, line.code, 'end', side).position;
      out.push({ id: line.code, system: 'who-scalp', side, strokes: [channelPolyline(resolver.ctx.index, [a, b], 0.0015)] });
    }
  }
  return out;
}

/** The end of a line given as a length from its start: walked over the skin in the sagittal plane (straight down or back), as an offset step in a span measured over the skin is. */
function fromStart(ctx: BodyContext, start: Vec3, end: LineFromStart, code: string): Vec3 {
  const span = ctx.spans.get(end.span);
  if (!span) throw new Error(`${code}: unknown cun span "${end.span}"`);
  const dir: Vec3 = end.dir === 'inferior' ? [0, -1, 0] : [0, 0, -1];
  return walkOnSurface(ctx.index, start, dir, end.cun * span.cunM, 'sagittal').at(-1) ?? start;
}

/** A curve over the head from `from` through `via` to `to`: rays cast inward from a centre inside the head, in the plane of the three points. */
function headArc(ctx: BodyContext, from: Vec3, to: Vec3, via: Vec3, samples = 72): Vec3[] {
  const centre: Vec3 = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2 - 0.02, (from[2] + to[2]) / 2];
  const e1 = norm(sub(from, centre));
  const towardVia = sub(via, centre);
  const e2 = norm(sub(towardVia, scale(e1, dot(towardVia, e1))));
  const angleOf = (p: Vec3) => {
    const v = sub(p, centre);
    const ang = Math.atan2(dot(v, e2), dot(v, e1));
    return ang < 0 ? ang + Math.PI * 2 : ang;
  };
  const last = angleOf(to);
  const out: Vec3[] = [];
  for (let i = 0; i <= samples; i++) {
    const ang = (last * i) / samples;
    const d: Vec3 = add(scale(e1, Math.cos(ang)), scale(e2, Math.sin(ang)));
    const hit = castRay(ctx.index, add(centre, scale(d, 0.3)), scale(d, -1), 0.3);
    if (hit) out.push(hit.position);
  }
  return out;
}

export interface JiaoFrame {
  apMidline: Vec3[];
  eyebrowOcciput: Vec3[];
}

export function jiaoReferenceLines(ctx: BodyContext, side: 'left' | 'right'): JiaoFrame {
  const need = (id: string, s: Side = side) => {
    const p = landmarkFor(ctx, id, s);
    if (!p) throw new Error(`scalp: no landmark ${id}`);
    return p;
  };
  const glabella = need('glabella', 'midline'),
    eop = need('external_occipital_protuberance', 'midline'),
    vertex = need('vertex', 'midline');
  const apMidline = headArc(ctx, glabella, eop, vertex);
  const brow = walkOnSurface(ctx.index, need('eyebrow_midpoint'), [0, 1, 0], 0.3 * cm, 'sagittal').at(-1) ?? need('eyebrow_midpoint');
  const sidePoint = need('ear_root_superior');
  const eyebrowOcciput = headArc(ctx, brow, eop, [sidePoint[0] + (side === 'left' ? 0.01 : -0.01), sidePoint[1] + 0.01, sidePoint[2]]);
  return { apMidline, eyebrowOcciput };
}

export function buildJiaoAreas(ctx: BodyContext, areas: readonly JiaoArea[]): ScalpZone[] {
  const out: ScalpZone[] = [];
  for (const side of ['left', 'right'] as const) {
    const sign = side === 'left' ? 1 : -1;
    const lateral: Vec3 = [sign, 0, 0];
    const { apMidline, eyebrowOcciput } = jiaoReferenceLines(ctx, side);
    const walk = (p: Vec3, dir: Vec3, d: number, plane: WalkPlane) => walkOnSurface(ctx.index, p, norm(dir), d, plane);
    const end = (path: Vec3[]) => path.at(-1) as Vec3;
    const at = (id: string) => {
      const p = landmarkFor(ctx, id, side) ?? landmarkFor(ctx, id, 'midline');
      if (!p) throw new Error(`scalp: no landmark ${id}`);
      return p;
    };
    const line = (a: Vec3, b: Vec3) => channelPolyline(ctx.index, [a, b], 0);
    const offsetLine = (path: Vec3[], dir: Vec3, d: number) =>
      path.filter((_, i) => i % 3 === 0 || i === path.length - 1).map((p) => end(walk(p, dir, d, 'section')));

    const apLength = pathLength(apMidline);
    const motorTop = pointAlong(apMidline, apLength / 2 + 0.5 * cm);
    const motorBottom = nearestOnPath(eyebrowOcciput, at('temporal_hairline')).point;
    const motor = line(motorTop, motorBottom);
    const chorea = offsetLine(motor, [0, 0, 1], 1.5 * cm);
    const tubercle = end(walk(pointAlong(apMidline, apLength * 0.6), lateral, 6.5 * cm, 'section'));
    // 1.5 cm straight above the ear apex, on the scalp: from the hairline just above the apex (the
    // apex itself is on the auricle, whose skin a walk would follow down its back)
    const apexY = at('ear_apex')[1],
      aboveEar = at('hairline_above_ear');
    const vertigoCentre = end(walk(aboveEar, [0, 1, 0], Math.max(0, 1.5 * cm - (aboveEar[1] - apexY)), 'sagittal'));
    const vertigoFront = end(walk(vertigoCentre, [0, 0, 1], 2 * cm, 'horizontal'));
    // the forehead areas start on the anterior hairline as drawn: it curves down toward the temples
    const anteriorHairline = hairlines(ctx)[0] ?? [];
    const hairlineAbove = (x: number) => hairlineAt(anteriorHairline, x) ?? at('anterior_hairline_midpoint');
    const pupilX = at('pupil')[0];
    const stomachStart = hairlineAbove(pupilX);
    const thoracicMid = hairlineAbove(pupilX / 2);
    const eop = at('external_occipital_protuberance');
    const deg40 = (40 * Math.PI) / 180;

    const strokesById: Record<string, Vec3[][]> = {
      motor: [motor],
      sensory: [offsetLine(motor, [0, 0, -1], 1.5 * cm)],
      'chorea-tremor': [chorea],
      vasomotor: [offsetLine(chorea, [0, 0, 1], 1.5 * cm)],
      'foot-motor-sensory': [walk(end(walk(end(walk(motorTop, [0, 0, 1], 1 * cm, 'sagittal')), lateral, 1 * cm, 'section')), [0, 0, -1], 3 * cm, 'sagittal')],
      'vertigo-auditory': [walk(vertigoFront, [0, 0, -1], 4 * cm, 'horizontal')],
      'speech-2': [walk(end(walk(end(walk(tubercle, [0, -1, 0], 2 * cm, 'section')), [0, 0, -1], 2 * cm, 'horizontal')), [0, 0, -1], 3 * cm, 'horizontal')],
      'speech-3': [walk(vertigoCentre, [0, 0, -1], 4 * cm, 'horizontal')],
      praxis: [
        walk(tubercle, [0, -1, 0], 3 * cm, 'section'),
        walk(tubercle, [0, -Math.cos(deg40), Math.sin(deg40)], 3 * cm, 'section'),
        walk(tubercle, [0, -Math.cos(deg40), -Math.sin(deg40)], 3 * cm, 'section'),
      ],
      optic: [walk(end(walk(eop, lateral, 1 * cm, 'horizontal')), [0, 1, 0], 4 * cm, 'sagittal')],
      balance: [walk(end(walk(eop, lateral, 3.5 * cm, 'horizontal')), [0, -1, 0], 4 * cm, 'sagittal')],
      stomach: [walk(stomachStart, [0, 1, 0], 2 * cm, 'sagittal')],
      'thoracic-cavity': [walk(end(walk(thoracicMid, [0, -1, 0], 2 * cm, 'sagittal')), [0, 1, 0], 4 * cm, 'sagittal')],
      reproduction: [walk(at('hairline_corner'), [0, 1, 0], 2 * cm, 'section')],
    };
    for (const area of areas) {
      const strokes = strokesById[area.id];
      if (!strokes) throw new Error(`data/scalp/jiao-areas.json: ${area.id}: no geometry is defined for this area`);
      out.push({
        id: area.id,
        system: 'jiao-scalp',
        side,
        strokes: strokes.map((s) => s.map((p) => closestPoint(ctx.index, p)?.position ?? p)),
        segments: area.segments.map((s) => ({ range: s.range, bodyParts: s.bodyParts, serves: s.serves })),
      });
    }
  }
  return out;
}

/** The hairline drawn for the scalp view: the anterior hairline from sideburn to sideburn, the posterior one from mastoid to mastoid. */
export function hairlines(ctx: BodyContext): Vec3[][] {
  const at = (id: string, side: Side): Vec3 => {
    const position = landmarkFor(ctx, id, side);
    if (!position) throw new Error(`the hairline needs the landmark ${id} (${side})`);
    return position;
  };
  const front = ['temporal_hairline', 'hairline_corner'] as const;
  const anterior = [...front.map((id) => at(id, 'right')), at('anterior_hairline_midpoint', 'midline'), ...[...front].reverse().map((id) => at(id, 'left'))];
  const posterior = [at('mastoid_process', 'right'), at('posterior_hairline_midpoint', 'midline'), at('mastoid_process', 'left')];
  return [channelPolyline(ctx.index, anterior, 0.0015), channelPolyline(ctx.index, posterior, 0.0015)];
}

/** The point of a hairline (a polyline across the face) at a given x, interpolated. */
export function hairlineAt(hairline: readonly Vec3[], x: number): Vec3 | undefined {
  for (let i = 1; i < hairline.length; i++) {
    const a = hairline[i - 1] as Vec3,
      b = hairline[i] as Vec3;
    if ((a[0] - x) * (b[0] - x) <= 0 && a[0] !== b[0]) return lerp(a, b, (x - a[0]) / (b[0] - a[0]));
  }
  return undefined;
}
