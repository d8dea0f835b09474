// Navel acupuncture: the data (eight directions, each trigram once, the clock positions all eight
// around, the Later Heaven arrangement) and the sectors placed around the umbilicus of both bodies.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { foundTint, hoverTint, mixHex, sectorColour, sectorLabelColour } from '../../src/systems/navel/domain/colours.ts';
import { navelFrameOf } from '../../src/systems/navel/domain/frame.ts';
import { navelFileSchema } from '../../src/systems/navel/domain/schema.ts';
import { clockDirection, navelAxes, navelCameraDistance, navelRimCun, navelSectors } from '../../src/systems/navel/domain/sectors.ts';
import { navelSystem } from '../../src/systems/navel/domain/system.ts';
import { selectSkinClick } from '../../src/state/skinClick.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';
import { readRepoJson } from '../support/paths.ts';
import { contrast } from '../support/contrast.ts';
import { palettes, themeIds } from '../../src/theme/tokens.ts';

const raw = readRepoJson('data/navel/navel.json') as { directions: Record<string, unknown>[] };
const navel = navelFileSchema.parse(raw);

describe('navel acupuncture data', () => {
  it('has eight directions, each trigram and sign once, at eight distinct clock positions all around', () => {
    expect(navel.directions).toHaveLength(8);
    expect(new Set(navel.directions.map((d) => d.id)).size).toBe(8);
    expect(new Set(navel.directions.map((d) => d.trigram.symbol)).size).toBe(8);
    const clocks = navel.directions.map((d) => d.clock).sort((a, b) => a - b);
    expect(clocks).toEqual([1.5, 3, 4.5, 6, 7.5, 9, 10.5, 12]);
  });

  it('follows the Later Heaven arrangement it names: Li toward the head, Kan toward the feet, Zhen on the patient’s left', () => {
    const at = (id: string) => navel.directions.find((d) => d.id === id)!;
    expect([at('li').clock, at('li').direction, at('li').element]).toEqual([12, 'south', 'fire']);
    expect([at('kan').clock, at('kan').direction, at('kan').element]).toEqual([6, 'north', 'water']);
    expect([at('zhen').clock, at('dui').clock]).toEqual([3, 9]);
    expect(at('li').trigram.symbol).toBe('☲');
    expect(at('kan').trigram.hanzi.traditional).toBe('坎');
  });

  it('says for every record how far its sources confirm it, and names the source followed', () => {
    for (const d of navel.directions) expect(d.verification.note.length).toBeGreaterThan(10);
    expect(navel.method.sources.some((s) => s.followed)).toBe(true);
    expect(navel.method.cv8).toMatch(/CV8/);
  });

  it('rejects a file with a trigram twice or a clock position out of the arrangement, naming the record and field', () => {
    const twice = structuredClone(raw);
    twice.directions[1] = { ...twice.directions[0] };
    const r = navelFileSchema.safeParse(twice);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path.join('.') === 'directions.1.id')).toBe(true);
    const moved = structuredClone(raw);
    moved.directions[0] = { ...moved.directions[0], clock: 6 };
    expect(navelFileSchema.safeParse(moved).error?.issues.some((i) => /south sits at 12/.test(i.message))).toBe(true);
  });

  it('is found by the search: its trigram, the navel and a condition', async () => {
    const docs = (await navelSystem.loadSearchDocuments())(atlasRecords(data), {
      conditions: () => '',
      region: () => '',
      pinyin: () => '',
      pinyinRuns: () => '',
    });
    expect(docs).toHaveLength(8);
    const li = docs.find((d) => d.code === 'navel-li')!;
    expect(li.names).toMatch(/Li trigram/);
    expect(li.names).toMatch(/umbilicus/);
    expect(li.hanzi).toMatch(/離/);
    expect(docs.find((d) => d.code === 'navel-kan')!.conditions).toMatch(/urinary/);
  });
});

describe('the navel sectors on the body', () => {
  for (const variant of bodyVariantIds)
    it(`lie around the umbilicus of the ${variant} body, within the navel's rim, each in its own direction`, () => {
      const f = fixture(variant);
      const frame = navelFrameOf(f.landmarks)!;
      // the abdomen's B-cun on these bodies: about 3 cm
      expect(frame.cunM).toBeGreaterThan(0.025);
      expect(frame.cunM).toBeLessThan(0.036);
      const sectors = navelSectors(frame, navel.directions);
      const axes = navelAxes(frame.normal);
      const rim = navelRimCun * frame.cunM;
      for (const s of sectors) {
        for (const p of [...s.outline, ...s.triangles]) {
          const d = [p[0] - frame.centre[0], p[1] - frame.centre[1], p[2] - frame.centre[2]] as const;
          // in the skin's plane, within the rim (and a lift of a few millimetres off the skin)
          expect(Math.hypot(...d)).toBeLessThanOrEqual(Math.hypot(rim, 0.004) + 1e-9);
        }
        // its middle points the way its clock position says
        const dir = clockDirection(s.clock, axes);
        // (in the skin's plane: the lift along the normal left out)
        const raw = [s.middle[0] - frame.centre[0], s.middle[1] - frame.centre[1], s.middle[2] - frame.centre[2]] as const;
        const up = raw[0] * frame.normal[0] + raw[1] * frame.normal[1] + raw[2] * frame.normal[2];
        const m = raw.map((v, k) => v - up * frame.normal[k]!);
        const along = m[0]! * dir[0] + m[1]! * dir[1] + m[2]! * dir[2];
        expect(along / Math.hypot(...m)).toBeGreaterThan(0.95);
        // and it keeps to its own eighth of the navel: every point within 22.5 degrees of its direction
        for (const p of s.outline) {
          const q = [p[0] - frame.centre[0], p[1] - frame.centre[1], p[2] - frame.centre[2]] as const;
          const lift = q[0] * frame.normal[0] + q[1] * frame.normal[1] + q[2] * frame.normal[2];
          const t = q.map((v, k) => v - lift * frame.normal[k]!);
          const cos = (t[0]! * dir[0] + t[1]! * dir[1] + t[2]! * dir[2]) / Math.hypot(...t);
          expect(cos).toBeGreaterThan(Math.cos((22.5 * Math.PI) / 180) - 1e-9);
        }
      }
      const at = (id: string) => sectors.find((s) => s.id === id)!;
      // Li toward the head, Kan toward the feet, Zhen toward the subject's left (x > 0), Dui toward the right
      expect(at('li').middle[1]).toBeGreaterThan(frame.centre[1]);
      expect(at('kan').middle[1]).toBeLessThan(frame.centre[1]);
      expect(at('zhen').middle[0]).toBeGreaterThan(0.003);
      expect(at('dui').middle[0]).toBeLessThan(-0.003);
      // the labels stand outside the rim
      for (const s of sectors) expect(Math.hypot(s.label[0] - frame.centre[0], s.label[1] - frame.centre[1])).toBeGreaterThan(rim);
    });

  it('frames the navel close: a phone held upright stands further back than a wide screen', () => {
    const wide = navelCameraDistance(0.03, 35, 1.6);
    const phone = navelCameraDistance(0.03, 35, 0.46);
    expect(wide).toBeGreaterThan(0.08);
    expect(wide).toBeLessThan(0.15);
    expect(phone).toBeGreaterThan(wide * 2);
  });
});

describe('the sectors’ colours', () => {
  const none = { selected: false, hovered: false, found: false };
  const opaque = (hex: string) => hex.slice(0, 7);

  it.each(themeIds)('are calm neutrals of the %s theme, two in turn, with the theme’s one accent for the direction chosen', (theme) => {
    const p = palettes[theme];
    const plain = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => sectorColour(i, none, p));
    expect(new Set(plain)).toEqual(new Set([p.surface, p.zoneFaded]));
    for (let i = 0; i < 8; i++) expect(plain[i]).not.toBe(plain[(i + 1) % 8]);
    // no longer the scalp's loud magenta and blue
    expect(plain).not.toContain(p.scalpWho);
    expect(plain).not.toContain(p.scalpJiao);
    // the chosen one stands out from both neutrals and the neutrals from their ink outlines (non-text contrast, 3:1)
    expect(sectorColour(3, { ...none, selected: true }, p)).toBe(p.accent);
    for (const n of [p.surface, p.zoneFaded]) {
      expect(contrast(p.accent, n)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.ink, n)).toBeGreaterThanOrEqual(3);
    }
    // hovered and found: a tint of the accent, between the neutral and the accent
    const hovered = sectorColour(0, { ...none, hovered: true }, p);
    const found = sectorColour(0, { ...none, found: true }, p);
    expect(hovered).toBe(mixHex(p.surface, p.accent, hoverTint));
    expect(found).toBe(mixHex(p.surface, p.accent, foundTint));
    expect(new Set([p.surface, hovered, found, p.accent]).size).toBe(4);
    // the labels: the chosen or hovered one in the accent, all legible on their halo (text, 4.5:1)
    expect(sectorLabelColour({ ...none, selected: true }, p)).toBe(p.accent);
    expect(sectorLabelColour(none, p)).toBe(p.label);
    for (const c of [p.accent, p.label]) expect(contrast(c, opaque(p.labelHalo))).toBeGreaterThanOrEqual(4.5);
  });

  it('mixes two colours in proportion', () => {
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixHex('#1d4ed8', '#ffffff', 0)).toBe('#1d4ed8');
  });
});

describe('a click on the skin in the navel view', () => {
  it('does nothing there (a missed sector must not filter the points by the abdomen), and lists the region elsewhere', () => {
    expect(selectSkinClick({ quiz: null, navelOpen: true })).toBe('ignore');
    expect(selectSkinClick({ quiz: null, navelOpen: false })).toBe('region');
  });
});
