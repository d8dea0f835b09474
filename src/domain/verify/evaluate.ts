// Evaluates location assertions on one resolved body: every measurement in that body's own cun.
import type { Side, Vec3 } from '../body/frame.ts';
import { dot, sub } from '../body/vec.ts';
import { castRay } from '../body/surface.ts';
import { nearestOnPath, walkOnSurface } from '../body/walk.ts';
import { landmarkFor, type BodyContext } from '../resolve/bodyContext.ts';
import type { ResolvedLocation } from '../resolve/resolver.ts';
import type { Check, CheckResult, Face, LocationSpec, SpecResult } from './checks.ts';

export interface VerifyContext {
  ctx: BodyContext;
  /** every resolved location, by `${code}|${side}` (members in order) */
  locations: ReadonlyMap<string, readonly ResolvedLocation[]>;
  /** the region the body's region map gives a location */
  regionOf: (location: ResolvedLocation) => string;
}

export function locationIndex(locations: readonly ResolvedLocation[]): Map<string, ResolvedLocation[]> {
  const out = new Map<string, ResolvedLocation[]>();
  for (const l of locations) {
    const key = `${l.code}|${l.side}`;
    const list = out.get(key) ?? [];
    list[l.index - 1] = l;
    out.set(key, list);
  }
  return out;
}

class RefError extends Error {}

const cm = (m: number) => `${(m * 100).toFixed(1)} cm`;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

function faceVector(f: Face, side: Side): Vec3 {
  const lateral = side === 'right' ? -1 : 1;
  switch (f) {
    case 'anterior':
      return [0, 0, 1];
    case 'posterior':
      return [0, 0, -1];
    case 'superior':
      return [0, 1, 0];
    case 'inferior':
      return [0, -1, 0];
    case 'lateral':
      return [lateral, 0, 0];
    case 'medial':
      return [-lateral, 0, 0];
  }
}

export function refPosition(v: VerifyContext, ref: string, side: Side): Vec3 {
  if (/^[a-z]/.test(ref)) {
    const p = landmarkFor(v.ctx, ref, side === 'midline' ? 'midline' : side);
    if (!p) throw new RefError(`unknown landmark "${ref}"`);
    return p;
  }
  const [code = '', member = '1'] = ref.split('#');
  const index = Number(member) - 1;
  const own = v.locations.get(`${code}|midline`) ?? v.locations.get(`${code}|${side === 'midline' ? 'left' : side}`);
  if (side === 'midline' && !v.locations.has(`${code}|midline`)) {
    // a midline point measured against a paired point: the midpoint of the pair
    const l = v.locations.get(`${code}|left`)?.[index],
      r = v.locations.get(`${code}|right`)?.[index];
    if (!l || !r) throw new RefError(`unknown point "${ref}"`);
    return [(l.position[0] + r.position[0]) / 2, (l.position[1] + r.position[1]) / 2, (l.position[2] + r.position[2]) / 2];
  }
  const loc = own?.[index];
  if (!loc) throw new RefError(`unknown point "${ref}"`);
  return loc.position;
}

function spanCun(v: VerifyContext, id: string): number {
  const s = v.ctx.spans.get(id);
  if (!s) throw new RefError(`unknown cun span "${id}"`);
  return s.cunM;
}

/** the default tolerance of a measure in cun: a quarter cun, or 12 % of larger measures */
const defaultTol = (cun: number) => Math.max(0.25, Math.abs(cun) * 0.12);

function evaluateCheck(v: VerifyContext, loc: ResolvedLocation, check: Check): CheckResult {
  const p = loc.position;
  const side = loc.side;
  switch (check.kind) {
    case 'face': {
      const min = check.min ?? 0.3;
      const scores = check.faces.map((f) => dot(loc.normal, faceVector(f, side)));
      const best = Math.max(...scores);
      const bestFace = check.faces[scores.indexOf(best)] ?? '';
      return { check, pass: best >= min, measured: `normal · ${bestFace} = ${fmt(best)}`, expected: `faces ${check.faces.join(' or ')} (≥ ${min})` };
    }
    case 'part': {
      const region = v.regionOf(loc);
      return { check, pass: (check.parts as string[]).includes(region), measured: `in ${region}`, expected: `in ${check.parts.join(' or ')}` };
    }
    case 'midline': {
      const unit = spanCun(v, check.span);
      if (check.over === 'skin') return midlineOverSkin(v, p, side, unit, check);
      const got = Math.abs(p[0]) / unit;
      const tol = check.tol ?? defaultTol(check.cun);
      return {
        check,
        pass: Math.abs(got - check.cun) <= tol,
        measured: `${fmt(got)} cun from the midline (${cm(Math.abs(p[0]))})`,
        expected: `${check.cun} ± ${fmt(tol)} cun (${check.span})`,
      };
    }
    case 'level': {
      const r = refPosition(v, check.ref, side);
      const dy = p[1] - r[1];
      if (!check.span) {
        const tol = (check.tolCm ?? 1.5) / 100;
        return {
          check,
          pass: Math.abs(dy - check.cun) <= tol,
          measured: `${cm(dy)} from the level of ${check.ref}`,
          expected: `level with ${check.ref} (± ${cm(tol)})`,
        };
      }
      const unit = spanCun(v, check.span);
      const got = dy / unit;
      const tol = check.tol ?? defaultTol(check.cun);
      const words = (c: number) => (c === 0 ? `level with ${check.ref}` : `${fmt(Math.abs(c))} cun ${c > 0 ? 'above' : 'below'} ${check.ref}`);
      return {
        check,
        pass: Math.abs(got - check.cun) <= tol,
        measured: `${words(got)} (${cm(dy)})`,
        expected: `${words(check.cun)} ± ${fmt(tol)} cun (${check.span})`,
      };
    }
    case 'distance': {
      const r = refPosition(v, check.ref, side);
      const unit = spanCun(v, check.span);
      const d = Math.hypot(...sub(p, r));
      const got = d / unit;
      const tol = check.tol ?? defaultTol(check.cun);
      return {
        check,
        pass: Math.abs(got - check.cun) <= tol,
        measured: `${fmt(got)} cun from ${check.ref} (${cm(d)})`,
        expected: `${check.cun} ± ${fmt(tol)} cun (${check.span})`,
      };
    }
    case 'near':
    case 'apart': {
      const r = refPosition(v, check.ref, side);
      const d = Math.hypot(...sub(p, r));
      const pass = check.kind === 'near' ? d <= check.cm / 100 : d > check.cm / 100;
      return { check, pass, measured: `${cm(d)} from ${check.ref}`, expected: `${check.kind === 'near' ? 'within' : 'farther than'} ${check.cm} cm` };
    }
    case 'relation': {
      const r = refPosition(v, check.ref, side);
      const lateral = side === 'right' ? -1 : 1;
      const unit = check.minCun ? spanCun(v, check.minCun.span) : 0;
      const min = check.minCun ? check.minCun.cun * unit : (check.minCm ?? 0.2) / 100;
      const amount = {
        above: p[1] - r[1],
        below: r[1] - p[1],
        anterior: p[2] - r[2],
        posterior: r[2] - p[2],
        // midline points compare distances from the midline
        lateral: side === 'midline' ? Math.abs(p[0]) - Math.abs(r[0]) : (p[0] - r[0]) * lateral,
        medial: side === 'midline' ? Math.abs(r[0]) - Math.abs(p[0]) : (r[0] - p[0]) * lateral,
      }[check.is];
      if (check.minCun)
        return {
          check,
          pass: amount >= min,
          measured: `${fmt(amount / unit)} cun ${check.is} ${check.ref} (${cm(amount)})`,
          expected: `${check.is} ${check.ref} by ≥ ${fmt(check.minCun.cun)} cun (${check.minCun.span})`,
        };
      return { check, pass: amount >= min, measured: `${cm(amount)} ${check.is} ${check.ref}`, expected: `${check.is} ${check.ref} by ≥ ${cm(min)}` };
    }
    case 'along': {
      const flat = (q: Vec3): Vec3 => (check.seenFrom ? [q[0], q[1], 0] : q);
      const a = flat(refPosition(v, check.from, side)),
        b = flat(refPosition(v, check.to, side)),
        q = flat(p);
      const ab = sub(b, a);
      const len2 = dot(ab, ab);
      const t = dot(sub(q, a), ab) / len2;
      const foot: Vec3 = [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t];
      const off = Math.hypot(...sub(q, foot));
      const tol = check.tol ?? 0.06;
      const offMax = (check.offCm ?? 2.5) / 100;
      return {
        check,
        pass: Math.abs(t - check.fraction) <= tol && off <= offMax,
        measured: `${fmt(t)} of the way ${check.from} → ${check.to}${check.seenFrom ? ' as drawn on the front or back (depth aside)' : ''}, ${cm(off)} off the line`,
        expected: `${fmt(check.fraction)} ± ${fmt(tol)}, within ${cm(offMax)}`,
      };
    }
  }
}

/** the distance from the anterior median line: seen from the front out to seenCun, then over the skin at the point's height round the side to the point */
function midlineOverSkin(v: VerifyContext, p: Vec3, side: Side, unit: number, check: Check & { kind: 'midline' }): CheckResult {
  const seen = (check.seenCun ?? 0) * unit;
  const lateral = side === 'right' ? -1 : 1;
  const front = castRay(v.ctx.index, [seen * lateral, p[1], 2], [0, 0, -1], 4);
  const tol = check.tol ?? defaultTol(check.cun);
  const expected = `${check.cun} ± ${fmt(tol)} cun (${check.span}; over the skin beyond ${fmt(check.seenCun ?? 0, 0)} cun seen from the front)`;
  if (!front) return { check, pass: false, measured: 'no skin in front at this height', expected };
  const path = walkOnSurface(v.ctx.index, front.position, [lateral, 0, 0], (check.cun + 3) * unit, 'horizontal', 0.002);
  const near = nearestOnPath(path, p);
  const off = Math.hypot(...sub(near.point, p));
  const got = (seen + near.along) / unit;
  return {
    check,
    pass: Math.abs(got - check.cun) <= tol && off <= 0.01,
    measured: `${fmt(got)} cun from the midline (${cm(near.along)} over the skin, ${cm(off)} off the path)`,
    expected,
  };
}

/** Evaluates one spec on one side (left for bilateral points, the midline for midline points). */
export function evaluateSpec(v: VerifyContext, spec: LocationSpec, side: Side): SpecResult {
  const member = spec.member ?? 1;
  const loc = v.locations.get(`${spec.code}|${side}`)?.[member - 1];
  const base = { code: spec.code, member, side };
  if (!loc) return { ...base, results: [], pass: false, error: `no location for ${spec.code}${spec.member ? `#${member}` : ''} (${side})` };
  const results: CheckResult[] = [];
  for (const check of spec.checks) {
    try {
      results.push(evaluateCheck(v, loc, check));
    } catch (e) {
      if (!(e instanceof RefError)) throw e;
      return { ...base, results, pass: false, error: e.message };
    }
  }
  return { ...base, results, pass: results.every((r) => r.pass) };
}
