// The how-to-find guide names every reference it uses and never says "go 0".
import { describe, expect, it } from 'vitest';
import { guideSentences } from '../../src/systems/points/ui/guideText.ts';
import { atlasFixture } from '../support/atlas.ts';

describe('the how-to-find guide of every location', () => {
  const { atlas, ctx } = atlasFixture('male');
  const name = (id: string) => ctx.landmarks.get(id)?.name ?? ctx.landmarks.get(`${id}_left`)?.name;

  it('names each reference and step, with no unnamed "second reference" and no zero step', () => {
    for (const l of atlas.locations) {
      const guide = {
        ref: l.start.ref,
        start: l.start.position,
        steps: l.guide.map((g) => ({ ...g, lengthM: Math.hypot(g.to[0] - g.from[0], g.to[1] - g.from[1], g.to[2] - g.from[2]) })),
      };
      for (const g of l.guide) if (g.unit === 'fraction' || g.dir === 'across') expect(g.toward, `${l.code} ${g.dir}`).toBeDefined();
      const text = guideSentences(guide, l.code, name).join(' ');
      expect(text, l.code).not.toMatch(/second reference|next reference|Go 0 /);
      expect(text, l.code).toMatch(new RegExp(`${l.code} lies there`));
    }
  });
});
