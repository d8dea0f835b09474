// The scalp zones' needling as the cards and print sheets show it: every sentence ends in one full
// stop, never two ("...affected region.. Treat the side..." was shown for MS6).
import { describe, expect, it } from 'vitest';
import { scalpNeedlingText } from '../../src/domain/scalp/needlingText.ts';
import { data } from '../support/atlas.ts';

describe('scalp needling text', () => {
  const zones = [...data.whoLines, ...data.jiaoAreas];
  it.each(zones.map((z) => ['code' in z ? z.code : z.id, z] as const))('%s reads as sentences, no doubled stops', (_, zone) => {
    const text = scalpNeedlingText(zone.needling);
    expect(text).not.toMatch(/\.\s*\./);
    expect(text).not.toMatch(/;\s*\./);
    expect(text.startsWith(`${zone.needling.angle}, ${zone.needling.depth}; `)).toBe(true);
    expect(text.endsWith('.')).toBe(true);
  });
  it('ends a direction without a stop with one, and keeps a note', () => {
    expect(scalpNeedlingText({ angle: 'transverse', depth: '1 cun', direction: 'top to bottom', notes: 'Treat the other side' })).toBe(
      'transverse, 1 cun; top to bottom. Treat the other side.',
    );
  });
});
