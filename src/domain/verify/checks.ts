// Location assertions: what the standard's text says about where a point lies, written as
// measurements on the body it is shown on (in that body's own cun), independent of the rule that
// places it. A point's record is "checked" when every assertion about it holds on both bodies.
import type { Side } from '../body/frame.ts';

/** The face of a body part, as the skin normal there sees it (lateral and medial follow the side). */
export type Face = 'anterior' | 'posterior' | 'lateral' | 'medial' | 'superior' | 'inferior';
export type Relation = 'above' | 'below' | 'lateral' | 'medial' | 'anterior' | 'posterior';
/** The regions of data/regions.json, as the per-vertex region map of the body assigns them. */
export type BodyPart =
  | 'head'
  | 'face'
  | 'scalp'
  | 'ear'
  | 'neck'
  | 'chest'
  | 'abdomen'
  | 'upper-back'
  | 'lower-back'
  | 'sacrum'
  | 'buttock'
  | 'perineum'
  | 'axilla'
  | 'shoulder'
  | 'upper-arm'
  | 'elbow'
  | 'forearm'
  | 'wrist'
  | 'hand'
  | 'fingers'
  | 'hip'
  | 'thigh'
  | 'knee'
  | 'leg'
  | 'ankle'
  | 'foot'
  | 'toes';

/**
 * A reference: a landmark id (its own side for bilateral landmarks, or an explicit _left/_right
 * key) or a point code on the same side (midline points from either side), `CODE#n` for the n-th
 * member of a point group.
 */
export type CheckRef = string;

export type Check =
  /** the skin normal points to one of these faces: normal · direction ≥ min (default 0.3) */
  | { kind: 'face'; faces: Face[]; min?: number }
  /** the body's region map puts the point in one of these regions */
  | { kind: 'part'; parts: BodyPart[] }
  /** horizontal distance from the anterior/posterior median line (|x|), in cun of the span */
  /**
   * or, over: skin, seen from the front out to `seenCun` (the nipple line: the chest's flat front, where
   * WHO's horizontal span holds) and over the skin at the point's height beyond it (round the curve of the chest)
   */
  | { kind: 'midline'; cun: number; span: string; tol?: number; over?: 'skin'; seenCun?: number }
  /** height relative to a reference: y − y(ref) = cun (positive above), in cun of the span; or within tolCm when cun is 0 and no span */
  | { kind: 'level'; ref: CheckRef; cun: number; span?: string; tol?: number; tolCm?: number }
  /** straight-line distance to a reference, in cun of the span */
  | { kind: 'distance'; ref: CheckRef; cun: number; span: string; tol?: number }
  /** within cm of a reference (a landmark the text places the point at or in) */
  | { kind: 'near'; ref: CheckRef; cm: number }
  /** farther than cm from a reference (the point is not on it) */
  | { kind: 'apart'; ref: CheckRef; cm: number }
  /** the point lies above / below / lateral / medial / anterior / posterior to a reference by at least minCm (default 0.2), or by minCun of a span */
  | { kind: 'relation'; ref: CheckRef; is: Relation; minCm?: number; minCun?: { cun: number; span: string } }
  /**
   * On the line from one reference to another: its projection is `fraction` of the way (± tol,
   * default 0.06), and it lies within offCm (default 2.5) of the line.
   */
  | { kind: 'along'; from: CheckRef; to: CheckRef; fraction: number; tol?: number; offCm?: number; seenFrom?: 'front-or-back' };

export interface LocationSpec {
  /** point code; member is the 1-based member of a point group */
  code: string;
  member?: number;
  /** what the standard's text says, in our words: where the checks come from */
  text: string;
  checks: Check[];
}

export interface CheckResult {
  check: Check;
  pass: boolean;
  /** what was measured, in words: "6.1 cun (15.2 cm)" */
  measured: string;
  expected: string;
}

export interface SpecResult {
  code: string;
  member: number;
  side: Side;
  results: CheckResult[];
  pass: boolean;
  /** why it could not be evaluated at all (unknown reference, no location) */
  error?: string;
}

// Builders, so the spec files read like the text they come from.
export const face = (...faces: Face[]): Check => ({ kind: 'face', faces });
export const faceAtLeast = (min: number, ...faces: Face[]): Check => ({ kind: 'face', faces, min });
export const part = (...parts: BodyPart[]): Check => ({ kind: 'part', parts });
export const midline = (cun: number, span: string, tol?: number): Check => ({ kind: 'midline', cun, span, ...(tol !== undefined ? { tol } : {}) });
export const midlineOverSkin = (cun: number, span: string, seenCun: number, tol?: number): Check => ({
  kind: 'midline',
  cun,
  span,
  over: 'skin',
  seenCun,
  ...(tol !== undefined ? { tol } : {}),
});
export const level = (ref: CheckRef, cun: number, span: string, tol?: number): Check => ({
  kind: 'level',
  ref,
  cun,
  span,
  ...(tol !== undefined ? { tol } : {}),
});
export const levelWith = (ref: CheckRef, tolCm = 1.5): Check => ({ kind: 'level', ref, cun: 0, tolCm });
export const distance = (ref: CheckRef, cun: number, span: string, tol?: number): Check => ({
  kind: 'distance',
  ref,
  cun,
  span,
  ...(tol !== undefined ? { tol } : {}),
});
export const near = (ref: CheckRef, cm: number): Check => ({ kind: 'near', ref, cm });
export const apart = (ref: CheckRef, cm: number): Check => ({ kind: 'apart', ref, cm });
export const is = (relation: Relation, ref: CheckRef, minCm?: number): Check => ({
  kind: 'relation',
  ref,
  is: relation,
  ...(minCm !== undefined ? { minCm } : {}),
});
/** as `is`, by at least `cun` of a span (the body's own cun) */
export const isByCun = (relation: Relation, ref: CheckRef, cun: number, span: string): Check => ({
  kind: 'relation',
  ref,
  is: relation,
  minCun: { cun, span },
});
export const along = (from: CheckRef, to: CheckRef, fraction: number, tol?: number, offCm?: number): Check => ({
  kind: 'along',
  from,
  to,
  fraction,
  ...(tol !== undefined ? { tol } : {}),
  ...(offCm !== undefined ? { offCm } : {}),
});

/** on a line as drawn on the front or the back (depth ignored): where the line runs under a convex part (the buttock) */
export const alongAsDrawn = (from: CheckRef, to: CheckRef, fraction: number, tol?: number, offCm?: number): Check => ({
  ...(along(from, to, fraction, tol, offCm) as Extract<Check, { kind: 'along' }>),
  seenFrom: 'front-or-back',
});

/** directly above or below a reference seen from the front: neither lateral nor medial of it by more than cm */
export const inLineFromFront = (ref: CheckRef, cm: number): Check[] => [is('lateral', ref, -cm), is('medial', ref, -cm)];
/** directly above or below a reference seen from the side: neither in front of it nor behind it by more than cm */
export const inLineFromSide = (ref: CheckRef, cm: number): Check[] => [is('anterior', ref, -cm), is('posterior', ref, -cm)];
/** in the hollow just below the spinous process of one vertebra, above the next one's tip */
export const belowSpinous = (upper: string, next: string): Check[] => [is('below', `spinous_${upper}`, 0.3), is('above', `spinous_${next}`, 0.3)];
