// The location-rule resolver: walks each point's rule on a body (landmarks, cun measured on that
// body's spans, surface directions) and lands the result on the skin, stored as surface
// coordinates (three vertex ids and weights) so the point follows the body it is shown on.
import type { Side, Vec3 } from '../body/frame.ts';
import { add, dot, lerp, norm, scale, sub } from '../body/vec.ts';
import { castRay, closestPoint, normalAt, type SurfaceHit } from '../body/surface.ts';
import { walkOnSurface } from '../body/walk.ts';
import type { PointRecord } from '../schema/points.ts';
import { vertebraLevelSchema, type Direction, type LocationRule, type Surface } from '../schema/rules.ts';
import { landmarkFor, limbSegments, type BodyContext } from './bodyContext.ts';
import { nth } from '../checked.ts';

export interface GuideSegment {
  from: Vec3;
  to: Vec3;
  /** the measure walked, e.g. 3 (B-cun) */
  amount: number;
  unit: 'B-cun' | 'F-cun' | 'cm' | 'fraction';
  /** across: level, over to the line through `toward` */
  dir: Direction | 'between' | 'across';
  /** the named reference the step goes toward (between: the second reference; across: the line's) */
  toward?: string;
}

export interface ResolvedLocation {
  code: string;
  side: Side;
  /** 1-based member number within a point group; 1 for single points */
  index: number;
  label?: string;
  position: Vec3;
  normal: Vec3;
  vertices: [number, number, number];
  weights: Vec3;
  /** the reference the rule starts from and the segments it walks: the "how to find it" guide */
  start: { ref: string; position: Vec3 };
  guide: GuideSegment[];
}

export type ResolveErrorKind = 'unknown-landmark' | 'unknown-point' | 'cycle' | 'missing-span' | 'bad-direction' | 'no-surface';
export class ResolveError extends Error {
  constructor(
    readonly kind: ResolveErrorKind,
    readonly point: string,
    readonly field: string,
    message: string,
  ) {
    super(`${point}: ${field}: ${message}`);
    this.name = 'ResolveError';
  }
}

/** C1 ... S4, in order: the schema's own list. */
const vertebraOrder: readonly string[] = vertebraLevelSchema.options;

interface Frame {
  code: string;
  field: string;
  side: Side;
}

/** A location of one side stays on that side of the body (a centimetre of slack across the midline). */
function onItsSide(f: { side: Side }, hit: SurfaceHit): boolean {
  return f.side === 'midline' || hit.position[0] * (f.side === 'left' ? 1 : -1) >= -0.01;
}

export class Resolver {
  private readonly memo = new Map<string, ResolvedLocation[]>();
  private readonly stack: string[] = [];

  constructor(
    readonly ctx: BodyContext,
    readonly points: ReadonlyMap<string, PointRecord>,
  ) {}

  /** Every location of a point on the given side (one, or one per member of a group). */
  resolve(code: string, side: Side): ResolvedLocation[] {
    const key = `${code}|${side}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const record = this.points.get(code);
    if (!record) throw new ResolveError('unknown-point', this.stack.at(-1) ?? code, 'rule', `refers to unknown point ${code}`);
    if (this.stack.includes(key)) throw new ResolveError('cycle', code, 'rule', `cycle: ${[...this.stack, key].map((k) => k.split('|')[0]).join(' -> ')}`);
    this.stack.push(key);
    try {
      const rules: { label?: string; rule: LocationRule; field: string }[] = record.members
        ? record.members.map((m, i) => ({ label: m.label, rule: m.rule, field: `members.${i}.rule` }))
        : record.rule
          ? [{ rule: record.rule, field: 'rule' }]
          : [];
      const out = rules.map((r, i) => {
        const loc = this.evaluate(r.rule, { code, field: r.field, side });
        return { ...loc, code, side, index: i + 1, ...(r.label ? { label: r.label } : {}) };
      });
      this.memo.set(key, out);
      return out;
    } finally {
      this.stack.pop();
    }
  }

  /** Resolve a rule that is not a point's own (the alternative locations, tests). */
  evaluateRule(rule: LocationRule, code: string, field: string, side: Side) {
    return this.evaluate(rule, { code, field, side });
  }

  private refPosition(ref: string, f: Frame): Vec3 {
    if (/^[a-z]/.test(ref)) {
      const p = landmarkFor(this.ctx, ref, f.side);
      if (!p) throw new ResolveError('unknown-landmark', f.code, f.field, `unknown landmark "${ref}"`);
      return p;
    }
    const record = this.points.get(ref);
    if (!record) throw new ResolveError('unknown-point', f.code, f.field, `unknown point "${ref}"`);
    if (record.laterality === 'midline' || f.side !== 'midline') {
      const side = record.laterality === 'midline' ? 'midline' : f.side;
      const first = this.resolve(ref, side)[0];
      if (!first) throw new ResolveError('unknown-point', f.code, f.field, `point "${ref}" has no location`);
      return first.position;
    }
    // a midline point measured from a paired point: the level between the two sides
    const l = this.resolve(ref, 'left')[0],
      r = this.resolve(ref, 'right')[0];
    if (!l || !r) throw new ResolveError('unknown-point', f.code, f.field, `point "${ref}" has no location`);
    return lerp(l.position, r.position, 0.5);
  }

  private span(id: string | undefined, f: Frame) {
    const span = id ? this.ctx.spans.get(id) : undefined;
    if (!span) throw new ResolveError('missing-span', f.code, f.field, id ? `unknown cun span "${id}"` : 'a B-cun step needs a span');
    return span;
  }

  private direction(dir: Direction, f: Frame, at: Vec3, spanId?: string): Vec3 {
    const sideSign = f.side === 'right' ? -1 : 1;
    switch (dir) {
      case 'superior':
        return [0, 1, 0];
      case 'inferior':
        return [0, -1, 0];
      case 'anterior':
        return [0, 0, 1];
      case 'posterior':
        return [0, 0, -1];
      case 'left':
        return [1, 0, 0];
      case 'right':
        return [-1, 0, 0];
      case 'lateral':
      case 'medial':
        if (f.side === 'midline') throw new ResolveError('bad-direction', f.code, f.field, `a midline point steps "left" or "right", not "${dir}"`);
        return [(dir === 'lateral' ? 1 : -1) * sideSign, 0, 0];
      case 'proximal':
      case 'distal': {
        const axis = this.limbAxis(f, at, spanId);
        return dir === 'distal' ? axis : scale(axis, -1);
      }
    }
  }

  /** The proximal-to-distal axis at a place: the span's own if it is a limb span, else the nearest limb segment. */
  private limbAxis(f: Frame, at: Vec3, spanId?: string): Vec3 {
    const side: Side = f.side === 'midline' ? 'left' : f.side;
    const span = spanId ? this.ctx.spans.get(spanId) : undefined;
    // a span measured vertically (the leg and thigh spans of the WHO table) runs vertically: its
    // landmarks only give its length (the popliteal crease to the lateral malleolus slants 5 cm)
    if (span?.measure === 'vertical') return [0, -1, 0];
    if (span && !['head', 'chest', 'abdomen', 'upper back'].includes(span.region)) {
      const a = landmarkFor(this.ctx, span.from, side),
        b = landmarkFor(this.ctx, span.to, side);
      if (a && b) return norm(sub(b, a));
    }
    if (span) return [0, -1, 0];
    let best: Vec3 = [0, -1, 0];
    let bestD = Infinity;
    for (const seg of limbSegments) {
      const a = landmarkFor(this.ctx, seg.proximal, side),
        b = landmarkFor(this.ctx, seg.distal, side);
      if (!a || !b) continue;
      const ab = sub(b, a);
      const t = Math.max(0, Math.min(1, dot(sub(at, a), ab) / dot(ab, ab)));
      const d = Math.hypot(...sub(at, add(a, scale(ab, t))));
      if (d < bestD) {
        bestD = d;
        best = norm(ab);
      }
    }
    return best;
  }

  private surfaceDirection(surface: Surface, f: Frame): Vec3 {
    const sideSign = f.side === 'right' ? -1 : 1;
    switch (surface) {
      case 'anterior':
        return [0, 0, 1];
      case 'posterior':
        return [0, 0, -1];
      case 'superior':
        return [0, 1, 0];
      case 'inferior':
        return [0, -1, 0];
      case 'lateral':
        return [f.side === 'midline' ? 1 : sideSign, 0, 0];
      case 'medial':
        return [f.side === 'midline' ? 1 : -sideSign, 0, 0];
      // seen from 70 degrees behind the side: at 45-60 degrees a ray still meets the flat outer face of
      // the forearm over the brachioradialis (its outermost skin, facing forward near the elbow), not
      // the back-and-outer face behind it
      case 'posterolateral':
        return [(f.side === 'midline' ? 1 : sideSign) * Math.cos((Math.PI * 7) / 18), 0, -Math.sin((Math.PI * 7) / 18)];
    }
  }

  /** A filter for the triangles of one body part (trunk, arm or leg): all triangles when parts are unknown. */
  private partFilter(part: number | undefined): (tri: number) => boolean {
    const parts = this.ctx.vertexPart;
    if (!parts || part === undefined) return () => true;
    const i = this.ctx.surface.indices;
    return (tri) => parts[nth(i, tri * 3)] === part && parts[nth(i, tri * 3 + 1)] === part && parts[nth(i, tri * 3 + 2)] === part;
  }

  /** The body part of the skin nearest a place. */
  private partAt(p: Vec3): number | undefined {
    const parts = this.ctx.vertexPart;
    const hit = parts ? closestPoint(this.ctx.index, p) : null;
    if (!parts || !hit) return undefined;
    const corner = hit.barycentric.indexOf(Math.max(...hit.barycentric));
    return parts[nth(this.ctx.surface.indices, hit.triangle * 3 + corner)];
  }

  /** Onto the skin: the nearest skin facing the named surface, or simply the nearest skin. */
  /** Triangles (of the part, if given) whose skin faces `d` more than at a glancing angle. */
  private facing(d: Vec3, part: (tri: number) => boolean = () => true): (tri: number) => boolean {
    return (tri) => part(tri) && dot(normalAt(this.ctx.surface, tri, [1 / 3, 1 / 3, 1 / 3]), d) > 0.2;
  }

  /** The skin as seen from side `d`: where a ray from `reach` outside `p` back along -d meets it. */
  private seenFrom(p: Vec3, d: Vec3, reach: number, accept: (tri: number) => boolean): SurfaceHit | null {
    return castRay(this.ctx.index, add(p, scale(d, reach)), scale(d, -1), 2 * reach, accept);
  }

  private project(p: Vec3, f: Frame, surface?: Surface, onPart?: number): SurfaceHit {
    const s = this.ctx.surface;
    const part = this.partFilter(onPart);
    let hit: SurfaceHit | null = null;
    if (surface) {
      const d = this.surfaceDirection(surface, f);
      const facing = this.facing(d, part);
      hit = closestPoint(this.ctx.index, p, facing);
      if (hit && hit.distance > 0.06) hit = null;
      // the nearest skin that barely faces the named side (the wall of a toe cleft, the side of a
      // finger): take the face as seen from that side instead, where a ray from just outside meets it
      if (hit && dot(normalAt(s, hit.triangle, hit.barycentric), d) < 0.5) {
        const seen = this.seenFrom(p, d, 0.05, facing);
        if (seen && Math.hypot(...sub(seen.position, p)) < 0.05 && onItsSide(f, seen)) hit = seen;
      }
    }
    hit ??= closestPoint(this.ctx.index, p, part);
    if (!hit) throw new ResolveError('no-surface', f.code, f.field, 'no skin near the result');
    if (!onItsSide(f, hit)) {
      throw new ResolveError('no-surface', f.code, f.field, `landed on the wrong side of the body (x = ${hit.position[0].toFixed(3)})`);
    }
    return hit;
  }

  /** Walk over the skin (spans measured along it, like the scalp): lines off the midline keep their distance. */
  private walk(start: Vec3, dir: Vec3, distance: number): Vec3 {
    const path = walkOnSurface(this.ctx.index, start, dir, distance, Math.abs(dir[0]) < 1e-9 ? 'sagittal' : 'section');
    return path.at(-1) ?? start;
  }

  /**
   * One step of a rule: straight, then onto the nearest skin. Where the skin turns away (the
   * dorsum of the foot, the curve of the shoulder) the nearest skin lies much closer than the
   * step's length; the step then walks over the skin instead, so it keeps its length.
   */
  private step(p: Vec3, d: Vec3, distance: number): Vec3 {
    const ahead = add(p, scale(d, distance));
    const straight = closestPoint(this.ctx.index, ahead)?.position ?? ahead;
    if (distance < 0.005 || Math.hypot(...sub(straight, p)) >= 0.85 * distance) return straight;
    return walkOnSurface(this.ctx.index, p, d, distance, 'section').at(-1) ?? straight;
  }

  /**
   * A sideways step out from the anterior or posterior median line, in a span measured
   * horizontally (the chest's 8 B-cun between the nipples): WHO gives these as distances from the
   * median line seen from the front (or back), so the point is where the skin lies that far out,
   * met from that side, not the nearest skin to the end of a straight step (which on the curve of
   * the abdomen falls short). Steps from a landmark off the midline (the nipple, the ASIS) measure
   * from that landmark and stay steps over the skin. Null when the step is not such a step.
   */
  private fromMedianLine(p: Vec3, d: Vec3, distance: number, measure: string | undefined, surface: Surface | undefined): Vec3 | null {
    if (measure !== 'horizontal' || d[1] !== 0 || d[2] !== 0 || Math.abs(p[0]) > 0.005) return null;
    if (surface !== 'anterior' && surface !== 'posterior') return null;
    const from: Vec3 = surface === 'anterior' ? [0, 0, 1] : [0, 0, -1];
    const ahead = add(p, scale(d, distance));
    const seen = this.seenFrom(ahead, from, 0.12, this.rayFilter(this.partAt(p), scale(from, -1)));
    return seen?.position ?? null;
  }

  /** Rays for a level on the trunk or the leg ignore the arm hanging beside them, nothing else; a level on the arm keeps to the arm. */
  private rayFilter(levelPart: number | undefined, dir: Vec3): (tri: number) => boolean {
    const parts = this.ctx.vertexPart;
    const s = this.ctx.surface;
    const facing = (tri: number) => dot(normalAt(s, tri, [1 / 3, 1 / 3, 1 / 3]), dir) < 0;
    if (!parts || levelPart === undefined) return facing;
    const i = s.indices;
    const onPart = (tri: number, part: number) => parts[nth(i, tri * 3)] === part && parts[nth(i, tri * 3 + 1)] === part && parts[nth(i, tri * 3 + 2)] === part;
    if (levelPart === 1) return (tri) => facing(tri) && onPart(tri, 1);
    return (tri) => facing(tri) && !onPart(tri, 1);
  }

  private evaluate(rule: LocationRule, f: Frame): Omit<ResolvedLocation, 'code' | 'side' | 'index' | 'label'> {
    const guide: GuideSegment[] = [];
    let start: { ref: string; position: Vec3 };
    let target: Vec3;
    let defaultSurface: Surface | undefined;
    // rules built from a level keep to the body part of their reference (a line on the chest
    // lands on the chest wall, not on the arm hanging beside it)
    let onPart: number | undefined;
    let anyFace = false;
    switch (rule.kind) {
      case 'at':
        start = { ref: rule.ref, position: this.refPosition(rule.ref, f) };
        target = start.position;
        break;
      case 'between': {
        const a = this.refPosition(rule.from, f),
          b = this.refPosition(rule.to, f);
        start = { ref: rule.from, position: a };
        target = lerp(a, b, rule.fraction);
        if (rule.via) {
          // along the two chords from, via, to, by length
          const v = this.refPosition(rule.via, f);
          const first = Math.hypot(...sub(v, a)),
            along = rule.fraction * (first + Math.hypot(...sub(b, v)));
          target = along <= first ? lerp(a, v, along / (first || 1)) : lerp(v, b, (along - first) / (Math.hypot(...sub(b, v)) || 1));
        }
        // a line on the front or the back is drawn on the skin as seen from that side: where the
        // straight line runs under a convex part (the buttock), the point is where a ray from that
        // side meets the skin, not the nearest skin (which slides along the line)
        // (and on the back-and-outer face of a limb: the line LI5-LI11 on the radial-dorsal forearm)
        if (rule.surface === 'posterior' || rule.surface === 'anterior' || rule.surface === 'posterolateral') {
          const d = this.surfaceDirection(rule.surface, f);
          const seen = this.seenFrom(target, d, 0.12, this.facing(d));
          if (seen && onItsSide(f, seen)) target = seen.position;
        }
        guide.push({ from: a, to: target, amount: rule.fraction, unit: 'fraction', dir: 'between', toward: rule.to });
        break;
      }
      case 'offset': {
        start = { ref: rule.from, position: this.refPosition(rule.from, f) };
        let p = start.position;
        rule.steps.forEach((step, i) => {
          const field = `${f.field}.steps.${i}`;
          const frame = { ...f, field };
          const span = step.unit === 'B-cun' ? this.span(step.span, frame) : undefined;
          const unitM = step.unit === 'B-cun' ? (span?.cunM ?? 0) : step.unit === 'F-cun' ? this.ctx.fingerCunM[f.side === 'right' ? 'right' : 'left'] : 0.01;
          const d = step.toward ? norm(sub(this.refPosition(step.toward, frame), p)) : this.direction(step.dir, frame, p, step.span);
          const distance = step.cun * unitM;
          const next =
            step.over === 'skin'
              ? (walkOnSurface(this.ctx.index, p, d, distance, 'horizontal').at(-1) ?? p)
              : span?.measure === 'surface'
                ? this.walk(p, d, distance)
                : (this.fromMedianLine(p, d, distance, span?.measure, rule.surface) ?? this.step(p, d, distance));
          guide.push({ from: p, to: next, amount: step.cun, unit: step.unit, dir: step.dir, ...(step.toward ? { toward: step.toward } : {}) });
          p = next;
        });
        target = p;
        break;
      }
      case 'vertebra': {
        defaultSurface = 'posterior';
        const spinous = (level: string) => {
          const key = `spinous_${level.toLowerCase()}`;
          const pos = this.ctx.landmarks.get(key)?.position;
          if (!pos) throw new ResolveError('unknown-landmark', f.code, f.field, `no landmark for the spinous process of ${level}`);
          return pos;
        };
        const i = vertebraOrder.indexOf(rule.level);
        let level: Vec3;
        if (rule.position === 'foramen') {
          if (!rule.level.startsWith('S')) throw new ResolveError('bad-direction', f.code, f.field, 'posterior sacral foramina exist only for S1-S4');
          const side: Side = f.side === 'midline' ? 'left' : f.side;
          const foramen = landmarkFor(this.ctx, `sacral_foramen_${rule.level.slice(1)}`, side);
          if (!foramen) throw new ResolveError('unknown-landmark', f.code, f.field, `no landmark for sacral foramen ${rule.level}`);
          if (rule.lateralCun === 0) {
            start = { ref: `sacral_foramen_${rule.level.slice(1)}`, position: foramen };
            target = foramen;
            break;
          }
          level = [0, foramen[1], spinous(rule.level)[2]];
        } else if (rule.position === 'at') {
          level = spinous(rule.level);
        } else {
          const below = vertebraOrder[i + 1];
          const next = below ? spinous(below) : this.ctx.landmarks.get('sacral_hiatus')?.position;
          if (!next) throw new ResolveError('unknown-landmark', f.code, f.field, 'no landmark below S4');
          level = lerp(spinous(rule.level), next, 0.5);
        }
        start = { ref: `spinous_${rule.level.toLowerCase()}`, position: level };
        if (rule.lateralCun === 0) {
          target = level;
          break;
        }
        if (f.side === 'midline') throw new ResolveError('bad-direction', f.code, f.field, 'a midline point cannot lie lateral to the spine');
        const span = this.span('back_scapular_medial_borders', f);
        const x = rule.lateralCun * span.cunM * (f.side === 'left' ? 1 : -1);
        const from: Vec3 = [x, level[1], level[2] - 1];
        onPart = 0;
        const hit = rule.surface && rule.surface !== 'posterior' ? null : castRay(this.ctx.index, from, [0, 0, 1], 3, this.partFilter(onPart));
        target = hit?.position ?? [x, level[1], level[2]];
        guide.push({ from: level, to: target, amount: rule.lateralCun, unit: 'B-cun', dir: 'lateral' });
        break;
      }
      case 'intersection': {
        const from = this.refPosition(rule.level, f);
        const toward = rule.levelToward && this.refPosition(rule.levelToward.ref, f);
        const t = rule.levelToward?.fraction ?? 0;
        const level: Vec3 = toward ? [from[0] + (toward[0] - from[0]) * t, from[1] + (toward[1] - from[1]) * t, from[2] + (toward[2] - from[2]) * t] : from;
        let x: number;
        // a line through a reference also gives the depth for a point on a lateral face (GB7:
        // the line of the temple hairline, at the height of the ear apex)
        let lineRef: Vec3 | undefined;
        if ('through' in rule.line) {
          lineRef = this.refPosition(rule.line.through, f);
          x = lineRef[0];
        } else {
          const span = this.span(rule.line.span, f);
          if (f.side === 'midline' && rule.line.lateralOfMidlineCun > 0)
            throw new ResolveError('bad-direction', f.code, f.field, 'a midline point cannot lie lateral to the midline');
          x = rule.line.lateralOfMidlineCun * span.cunM * (f.side === 'right' ? -1 : 1);
        }
        start = { ref: rule.level, position: level };
        const levelPart = this.partAt(level);
        const surface = rule.surface ?? (level[2] > 0.05 ? 'anterior' : 'posterior');
        if (surface === 'anterior' || surface === 'posterior') {
          const dz = surface === 'anterior' ? -1 : 1;
          const hit = castRay(this.ctx.index, [x, level[1], dz === -1 ? 2 : -2], [0, 0, dz], 4, this.rayFilter(levelPart, [0, 0, dz]));
          target = hit?.position ?? [x, level[1], level[2]];
          onPart = hit ? this.partAt(hit.position) : levelPart;
          // the line lies beyond the side of the body at this level (6 cun on a narrow chest): the
          // point is on the side of the trunk, the skin nearest the line, whichever way it faces
          // (searched along the whole line, not from the depth of the level's reference, which on
          // the female chest finds the underside of the breast)
          if (!hit) {
            anyFace = true;
            const accept = this.rayFilter(levelPart, [-Math.sign(x), 0, 0]);
            let best = Infinity;
            for (let z = -0.25; z <= 0.3; z += 0.01) {
              const near = closestPoint(this.ctx.index, [x, level[1], z], accept);
              const off = near ? Math.hypot(near.position[0] - x, near.position[1] - level[1]) : Infinity;
              if (near && off < best) {
                best = off;
                target = near.position;
              }
            }
          }
        } else {
          target = [x, level[1], lineRef ? lineRef[2] : level[2]];
          onPart = levelPart;
        }
        if ('through' in rule.line) guide.push({ from: level, to: target, amount: 0, unit: 'cm', dir: 'across', toward: rule.line.through });
        else guide.push({ from: level, to: target, amount: rule.line.lateralOfMidlineCun, unit: 'B-cun', dir: x >= 0 ? 'left' : 'right' });
        break;
      }
    }
    const hit = this.project(target, f, anyFace ? undefined : (rule.surface ?? defaultSurface), onPart);
    const s = this.ctx.surface;
    const tri = hit.triangle * 3;
    return {
      position: hit.position,
      normal: normalAt(s, hit.triangle, hit.barycentric),
      vertices: [nth(s.indices, tri), nth(s.indices, tri + 1), nth(s.indices, tri + 2)],
      weights: hit.barycentric,
      start,
      guide,
    };
  }
}

export interface ResolvedAtlas {
  locations: ResolvedLocation[];
  errors: ResolveError[];
}

/** Resolves every point on both sides (or the midline), collecting errors instead of stopping. */
export function resolveAtlas(ctx: BodyContext, points: ReadonlyMap<string, PointRecord>): ResolvedAtlas {
  const resolver = new Resolver(ctx, points);
  const locations: ResolvedLocation[] = [];
  const errors: ResolveError[] = [];
  for (const [code, record] of points) {
    const sides: Side[] = record.laterality === 'midline' ? ['midline'] : ['left', 'right'];
    for (const side of sides) {
      try {
        locations.push(...resolver.resolve(code, side));
      } catch (e) {
        if (e instanceof ResolveError) errors.push(e);
        else throw e;
      }
    }
  }
  return { locations, errors };
}
