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

/** Each grade in our own words. */
export const aisMeaning: Record<AisGrade, string> = {
  A: 'complete: no feeling or movement kept in the lowest sacral segments (S4-5)',
  B: 'sensory incomplete: feeling but no movement kept below the level, including S4-5',
  C: 'motor incomplete: some movement kept below the level; most key muscles below it cannot lift against gravity',
  D: 'motor incomplete: movement kept below the level; at least half the key muscles below it can lift against gravity',
  E: 'normal: feeling and movement normal again after an earlier deficit',
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

/** The points whose dermatome is one of these segments, by segment in the segments' order; null while the map is unknown. */
export function pointsInSegments(
  pointDermatomes: ReadonlyMap<string, SkinAreaId> | null,
  segments: readonly SegmentId[],
): { segment: SegmentId; points: string[] }[] | null {
  if (!pointDermatomes) return null;
  const bySegment = new Map<string, string[]>(segments.map((s) => [s, []]));
  for (const [code, area] of pointDermatomes) bySegment.get(area)?.push(code);
  return segments.map((segment) => ({ segment, points: (bySegment.get(segment) ?? []).sort(byCode) }));
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
