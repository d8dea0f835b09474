// The dermatome map on both bodies: every vertex labelled, every point in an area, each ISNCSCI
// key sensory point in its own dermatome, the trunk bands in order, and anatomy checks from the
// map (tests/fixtures/reference/isncsci-key-points.json) that do not come from the rules.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { isSpinalSegment, segmentOrder, skinAreaId, spinalSegments, type SkinAreaId } from '../../src/domain/neuro/segments.ts';
import { Resolver } from '../../src/domain/resolve/resolver.ts';
import { areaPatches, edgeDermatomes, locationDermatome, vertexDermatomes } from '../../src/pipeline/dermatomes.ts';
import { placeKeyPoints } from '../../src/systems/dermatomes/domain/keyPoints.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';
import { readRepoJson } from '../support/paths.ts';

const reference = readRepoJson('tests/fixtures/reference/isncsci-key-points.json') as { keyPoints: Record<string, string>; anatomy: Record<string, string[]> };

describe.each(bodyVariantIds)('the dermatome map on the %s body', (variant) => {
  const { body } = fixture(variant);
  const atlas = atlasFixture(variant);
  const labels = vertexDermatomes(body, atlas.ctx.landmarks);
  const areaOf = (l: { position: [number, number, number]; vertices: readonly number[]; weights: readonly number[] }) =>
    locationDermatome(body, atlas.ctx.landmarks, l);

  it('labels every vertex with a skin area, and uses every area', () => {
    expect(labels).toHaveLength(body.vertexCount);
    for (const l of labels) expect(skinAreaId.safeParse(l).success).toBe(true);
    expect(new Set(labels).size).toBe(skinAreaId.options.length);
  });

  it('puts every location of every one of the 409 points (both sides) in a skin area', () => {
    expect(new Set(atlas.atlas.locations.map((l) => l.code)).size).toBe(409);
    for (const l of atlas.atlas.locations) expect(areaOf(l), `${l.code} ${l.side}`).toBeDefined();
  });

  it('puts each ISNCSCI key sensory point in its own dermatome, on both sides', () => {
    const placed = placeKeyPoints(new Resolver(atlas.ctx, data.points), data.dermatomes);
    expect(Object.keys(reference.keyPoints).sort()).toEqual([...spinalSegments].sort());
    expect(placed).toHaveLength(spinalSegments.length * 2);
    for (const k of placed) expect(areaOf(k.location), `${k.area} ${k.side} key point (${reference.keyPoints[k.area]})`).toBe(k.area);
  });

  it('places the chest and belly key points as ISNCSCI spaces them: T5 between T4 and T6, T7-T9 at quarters from T6 to T10', () => {
    const placed = placeKeyPoints(new Resolver(atlas.ctx, data.points), data.dermatomes).filter((k) => k.side === 'left');
    const yOf = (area: string) => placed.find((k) => k.area === area)!.location.position[1];
    expect(yOf('T5')).toBeLessThan(yOf('T4'));
    expect(yOf('T5')).toBeGreaterThan(yOf('T6'));
    // T6 level with the xiphoid process, below the junction of the breastbone's body and the xiphoid
    expect(yOf('T6')).toBeLessThan(atlas.ctx.landmarks.get('xiphisternal_junction')!.position[1]);
    for (const [area, f] of [
      ['T7', 0.25],
      ['T8', 0.5],
      ['T9', 0.75],
    ] as const)
      expect(yOf(area)).toBeCloseTo(yOf('T6') + (yOf('T10') - yOf('T6')) * f, 2);
  });

  it('runs the trunk bands in order head to tail down the front and the back midline', () => {
    const lm = (k: string) => atlas.ctx.landmarks.get(k)!.position;
    const midline = (front: boolean, top: number, bottom: number) => {
      const seq: SkinAreaId[] = [];
      const rows: { y: number; area: SkinAreaId }[] = [];
      for (let i = 0; i < body.vertexCount; i++) {
        const x = body.positions[i * 3]!,
          y = body.positions[i * 3 + 1]!,
          nz = body.normals[i * 3 + 2]!;
        if (Math.abs(x) < 0.004 && y < top && y > bottom && (front ? nz > 0.5 : nz < -0.5)) rows.push({ y, area: labels[i]! });
      }
      rows.sort((a, b) => b.y - a.y);
      for (const r of rows) if (seq.at(-1) !== r.area) seq.push(r.area);
      return seq;
    };
    const front = midline(true, lm('sternal_notch')[1], lm('pubic_symphysis_superior')[1]);
    const back = midline(false, lm('spinous_c7')[1], lm('coccyx_tip')[1]);
    for (const seq of [front, back]) {
      expect(seq.every(isSpinalSegment), seq.join(' ')).toBe(true);
      const order = seq.map((s) => segmentOrder(s as never));
      expect(order, seq.join(' ')).toEqual([...order].sort((a, b) => a - b));
    }
    expect(front).toEqual(expect.arrayContaining(['T4', 'T6', 'T10', 'T12']));
    expect(back).toEqual(expect.arrayContaining(['T2', 'T6', 'T12', 'L3']));
  });

  it('agrees with the map at named places (Lee 2008, ISNCSCI), beyond its own rules', () => {
    for (const [code, allowed] of Object.entries(reference.anatomy)) {
      const record = data.points.get(code)!;
      for (const side of record.laterality === 'midline' ? (['midline'] as const) : (['left', 'right'] as const))
        expect(allowed, `${code} ${side}`).toContain(areaOf(atlas.loc(code, side)));
    }
    // decided from our map: PC6 (between the tendons, mid-palmar forearm) lies on the radial side
    // of the C6/C8 border; KI1 in the sole is S1; GV20 lies just behind the line from ear to ear
    // over the crown, so in C2 (the ophthalmic division reaches up to that line, not past it)
    expect(areaOf(atlas.loc('PC6'))).toBe('C6');
    expect(areaOf(atlas.loc('KI1'))).toBe('S1');
    expect(areaOf(atlas.loc('GV20'))).toBe('C2');
  });

  it("agrees with a reviewer's check of single points against Lee 2008 and standard charts (issue 17)", () => {
    // each entry names the anatomy that decides it; the cause was fixed in the rules, never per point
    const reviewed: Record<string, SkinAreaId[]> = {
      SI19: ['V3'], // directly in front of the tragus: the auriculotemporal nerve
      // the 4th space on the side of the chest, below the armpit
      GB22: ['T4'],
      GB23: ['T4'],
      // the side of the chest and the flank follow the ribs: the 6th space in the mid-axillary
      // line, the free end of the 12th rib
      SP21: ['T6', 'T7'],
      GB25: ['T11', 'T12'],
      // the 5th space on the chest is the 5th intercostal nerve's; ISNCSCI's T6 is level with the
      // xiphoid process (the xiphisternum), below it
      ST18: ['T5'],
      KI22: ['T5'],
      SP17: ['T5'],
      // the temple above the ear: the auriculotemporal (V3) or zygomaticotemporal (V2) nerve, not
      // the forehead's ophthalmic division; the inner corner of the eye: the infratrochlear (V1)
      GB4: ['V2', 'V3'],
      GB5: ['V2', 'V3'],
      GB6: ['V2', 'V3'],
      GB7: ['V2', 'V3'],
      BL1: ['V1'],
      // a second review (issue 17): the C7 spine's level is C4 (C6-C8 have no dorsal skin
      // branch); the tip of the 11th rib T10-T11; below the zygomatic arch V3; the temple hollow
      // behind the orbit V2 (zygomaticotemporal); the radial end of the elbow crease C5 (its key
      // point lies just above); beside the L5 spine and on the buttock no L4 or L5 (no dorsal skin
      // branch; the cluneal nerves are L1-L3 and S1-S3)
      'EX-B1': ['C4'],
      SI15: ['C4'],
      LR13: ['T10', 'T11'],
      ST7: ['V3'],
      'EX-HN5': ['V2'],
      LU5: ['C5'],
      LI12: ['C5'],
      BL26: ['L3', 'S1'],
      'EX-B8': ['L3', 'S1'],
      GB30: ['S1', 'S2', 'S3'],
      // the middle of the fold below the buttock: ISNCSCI's S3 key point is there or on the sit bone
      BL36: ['S2', 'S3'],
      // the 2nd sacral foramen is S2's (its dorsal ramus); the inner thigh (SP11) is lumbar, never
      // the sacral ring round the anus
      BL32: ['S2'],
      // the dorsum of the foot between the 4th and 5th metatarsals and the front of the outer ankle
      // are the superficial fibular nerve's (L5); the lateral edge of the foot the sural's (S1)
      GB40: ['L5'],
      GB42: ['L5'],
      GB43: ['L5'],
      BL65: ['S1'],
      BL28: ['S2'],
      SP11: ['L1', 'L2', 'L3'],
      // the outer edge of the foot below the outer ankle is the sural nerve's (S1), the inner edge
      // below the navicular the saphenous's (L4); the snuffbox is on the thumb side (C6)
      BL62: ['S1'],
      BL63: ['S1'],
      KI2: ['L4'],
      LI5: ['C6'],
    };
    for (const [code, allowed] of Object.entries(reviewed)) {
      const record = data.points.get(code)!;
      for (const side of record.laterality === 'midline' ? (['midline'] as const) : (['left', 'right'] as const))
        expect(allowed, `${code} ${side}`).toContain(areaOf(atlas.loc(code, side)));
    }
  });

  it("puts each point just below a thoracic or lumbar spine, on the midline and the back-shu line, in that spine's segment", () => {
    // the skin below the spinous process of a vertebra is its own segment's (the dorsal ramus
    // leaves below its vertebra and runs down and out): GV8 below T9, BL18 beside it, are T9
    const checked: string[] = [];
    for (const record of data.points.values()) {
      const rule = record.rule;
      if (rule?.kind !== 'vertebra' || rule.position !== 'below' || rule.lateralCun > 1.5 || !/^(T([3-9]|1[0-2])|L[1-5])$/.test(rule.level)) continue;
      const side = record.laterality === 'midline' ? 'midline' : 'left';
      // the dorsal rami of L4 and L5 have no branch to the skin (Gray's): the skin below their
      // spines is L3's from above or S1's from below
      const expected = rule.level === 'L4' || rule.level === 'L5' ? ['L3', 'S1'] : [rule.level];
      expect(expected, `${record.code} below ${rule.level}`).toContain(areaOf(atlas.loc(record.code, side)));
      checked.push(record.code);
    }
    expect(checked).toEqual(expect.arrayContaining(['GV8', 'BL18', 'GV7', 'BL19', 'GV4', 'BL23', 'GV3', 'BL25']));
    // the dorsal rami of C6-C8 have none either: below the spine of C7 is still C4 (GV14)
    expect(areaOf(atlas.loc('GV14', 'midline'))).toBe('C4');
  });

  it('draws each area as few patches per side (known splits listed)', () => {
    // as drawn: each triangle split at the middles of its edges
    const patches = areaPatches(body, labels, edgeDermatomes(body, atlas.ctx.landmarks));
    // every area has a main patch holding most of its skin on each side
    for (const [key, sizes] of Object.entries(patches)) {
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(sizes[0]! / total, key).toBeGreaterThan(0.5);
      expect(sizes.length, key).toBeLessThanOrEqual(3);
    }
  });
});
