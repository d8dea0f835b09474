// The injury level: a neurological level (the lowest segment that still works normally, C2 to
// S4-5) and the ASIA Impairment Scale grade, and what the atlas lists for them. Pure: the points
// in each dermatome come in as an argument (the dermatome map is built per body elsewhere), so
// these functions neither know nor wait for it.
import { z } from '../../../domain/schema/zodMini.ts';
import { segmentId, segmentOrder, segmentsAround, segmentsAtAndBelow, type SegmentId, type SkinAreaId } from '../../../domain/neuro/segments.ts';
import type { SciZone } from './sciZones.ts';

/** The ASIA Impairment Scale (AIS) of the International Standards (ISNCSCI). */
export const aisGrades = ['A', 'B', 'C', 'D', 'E'] as const;
export const aisGrade = z.enum(aisGrades);
export type AisGrade = z.infer<typeof aisGrade>;

/**
 * Each grade in our own words, after the 2019 revision of the International Standards (Rupp R et
 * al., International Standards for Neurological Classification of Spinal Cord Injury: Revised 2019,
 * Top Spinal Cord Inj Rehabil 2021;27(2):1-22; the changes explained in Kirshblum S et al., Phys Med
 * Rehabil Clin N Am 2020;31(3):319-330). The word before the colon is the grade's short name. A
 * muscle grade of 3 moves the joint through its full range against gravity; "sacral sparing" is
 * feeling (light touch, pin prick or deep anal pressure) or voluntary anal contraction kept at S4-5.
 */
export const aisMeaning: Record<AisGrade, string> = {
  A: 'complete: neither feeling nor movement is kept in the lowest sacral segments, S4-5',
  B: 'sensory incomplete: feeling but no movement is kept below the neurological level, S4-5 included, and on neither side of the body is any movement kept more than three levels below that side’s motor level',
  C: 'motor incomplete: movement is kept below the level, either as voluntary anal contraction or, with feeling kept at S4-5, as some movement more than three levels below the motor level on one side or both; fewer than half of the key muscles below the single neurological level reach grade 3 (full range against gravity)',
  D: 'motor incomplete: as in C, but at least half of the key muscles below the single neurological level reach grade 3 or more',
  E: 'normal: feeling and movement test normal in every segment in someone who had deficits from the injury before (a person who never had a spinal cord injury gets no grade)',
};

export const injuryLevel = segmentId;

/** What a level emphasises on a skin area: the level itself, the affected areas below it, or nothing. */
export type Emphasis = 'affected' | 'level' | null;

/**
 * How the dermatome overlay marks a skin area for an injury: the level's own dermatome as 'level',
 * those below it as 'affected' (with grade E nothing is affected: function is normal again), the
 * areas above it and the face (trigeminal) unmarked.
 */
export function injuryEmphasis(level: SegmentId, grade: AisGrade | null): (area: SkinAreaId) => Emphasis {
  const at = segmentOrder(level);
  return (area) => {
    if (area === level) return 'level';
    if (grade === 'E' || !segmentId.safeParse(area).success) return null;
    return segmentOrder(area as SegmentId) > at ? 'affected' : null;
  };
}

/** Where one point, or one member of a point with members, lies on the body shown. */
export interface PointArea {
  code: string;
  /** 1-based member number; 1 for a single point */
  index: number;
  /** the member's label ("thumb", "T6"); absent for a single point */
  label?: string;
  area: SkinAreaId;
}

/** A point as the panel lists it under a segment: the whole point, or one member of it. */
export interface ListedPoint {
  code: string;
  /** for a member of a point with members: its number and label */
  member?: { index: number; label: string };
}

/**
 * The points whose dermatome is one of these segments, by segment in the segments' order; null
 * while the map is unknown. A point with members (Shixuan's ten fingertips, Bafeng's toe webs, the
 * Jiaji beside each vertebra) is listed per member, under the segment where that member lies, so
 * Shixuan's thumb is under C6 and its little finger under C8; a single point once.
 */
export function pointsInSegments(placed: readonly PointArea[] | null, segments: readonly SegmentId[]): { segment: SegmentId; points: ListedPoint[] }[] | null {
  if (!placed) return null;
  const grouped = new Set(placed.filter((p) => p.index > 1 || p.label !== undefined).map((p) => p.code));
  const bySegment = new Map<string, Map<string, ListedPoint>>(segments.map((s) => [s, new Map()]));
  for (const p of placed) {
    const listed: ListedPoint = grouped.has(p.code) ? { code: p.code, member: { index: p.index, label: p.label ?? String(p.index) } } : { code: p.code };
    bySegment.get(p.area)?.set(`${p.code}#${listed.member?.index ?? 0}`, listed);
  }
  return segments.map((segment) => ({ segment, points: [...(bySegment.get(segment)?.values() ?? [])].sort(byListed) }));
}

/** the name a listed point has in the panel: its code, and a member's label after it */
export const listedPointName = (p: ListedPoint): string => (p.member ? `${p.code} ${p.member.label}` : p.code);

/** points in channel order (BL2 before BL10), a point's members in their own order */
const byListed = (a: ListedPoint, b: ListedPoint) => byCode(a.code, b.code) || (a.member?.index ?? 0) - (b.member?.index ?? 0);

/**
 * The skin area under each point and member on the body shown (the left side's, or the midline's),
 * as the build measured it at each place (the dermatome map's `points` and `members`).
 */
export function pointAreas(
  locations: readonly { code: string; side: string; index: number; label?: string }[],
  areaOf: (location: { code: string; index: number }) => SkinAreaId | undefined,
): PointArea[] {
  const out: PointArea[] = [];
  for (const l of locations) {
    if (l.side === 'right') continue;
    const area = areaOf(l);
    if (area) out.push({ code: l.code, index: l.index, ...(l.label !== undefined ? { label: l.label } : {}), area });
  }
  return out;
}

/** point codes in channel order, numbers as numbers (BL2 before BL10) */
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** How many segments above and below the level the Jiaji are chosen from. */
export const jiajiReach = 1;

/**
 * The members of the Jiaji points (EX-B2, labelled T1 to L5 by the vertebra they lie beside) for a
 * level: the level's own and one segment above and below. Each member lies beside the gap below
 * its vertebra, where the spinal nerve of the same number leaves the canal; its dorsal ramus
 * supplies the skin and deep back muscles there. Needling beside the injured segment and its
 * neighbours is the segmental idea behind the choice. Levels out of the run (cervical, sacral)
 * take the nearest member, said as such.
 */
export function jiajiFor(level: SegmentId, memberLabels: readonly string[]): { members: string[]; nearest: boolean } {
  const around = new Set<string>(segmentsAround(level, jiajiReach, jiajiReach));
  const members = memberLabels.filter((m) => around.has(m));
  if (members.length > 0 || memberLabels.length === 0) return { members, nearest: false };
  const orderOf = (m: string) => (segmentId.safeParse(m).success ? segmentOrder(m as SegmentId) : Number.POSITIVE_INFINITY);
  const at = segmentOrder(level);
  const nearest = [...memberLabels].sort((a, b) => Math.abs(orderOf(a) - at) - Math.abs(orderOf(b) - at))[0]!;
  return { members: [nearest], nearest: true };
}

/** The SCI zones that apply at a level: those for any level, and those whose range holds it. */
export function zonesForLevel(zones: readonly SciZone[], level: SegmentId): SciZone[] {
  const at = segmentOrder(level);
  return zones.filter((z) => !z.levels || (segmentOrder(z.levels.from) <= at && at <= segmentOrder(z.levels.to)));
}

/** The segments at and below the level (what the panel lists as affected, the level first). */
export const affectedSegments = (level: SegmentId): SegmentId[] => segmentsAtAndBelow(level);
