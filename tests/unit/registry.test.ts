// The app's registry: every system in the catalogue has an app part in its own folder, joined in
// the catalogue's order, and a missing or stray app part stops the atlas with the folder to fix.
import { describe, expect, it } from 'vitest';
import { joinSystems, systems } from '../../src/app/systems.tsx';
import { systemDefinitions } from '../../src/systems/catalogue.ts';
import { selectionSchema } from '../../src/state/slices/selection.ts';
import type { SystemApp } from '../../src/app/systemViews.ts';

const part = (id: string) => ({ ...systems[0]!, id }) as SystemApp;

describe('the registry of systems in the app', () => {
  it('joins every catalogue entry with the app part found in its folder, in the catalogue order', () => {
    expect(systems.map((s) => s.id)).toEqual(systemDefinitions.map((d) => d.id));
    for (const s of systems) {
      expect(s.Card).toBeDefined();
      expect(typeof s.useLoads).toBe('function');
    }
  });

  it('names the folder to add when a catalogue entry has no app part', () => {
    expect(() => joinSystems([{ id: 'points' }, { id: 'navel' }], { '../systems/points/app/views.tsx': part('points') })).toThrow(
      'system "navel" has no app part: add src/systems/navel/app/views.tsx',
    );
  });

  it('names an app part the catalogue does not list', () => {
    expect(() => joinSystems([{ id: 'points' }], { a: part('points'), '../systems/navel/app/views.tsx': part('navel') })).toThrow(
      '../systems/navel/app/views.tsx is the app part of "navel", which src/systems/catalogue.ts does not list',
    );
  });

  it("the one selection is the union of the systems' own selections", () => {
    expect(selectionSchema.safeParse({ system: 'points', id: 'LI4', side: 'left', index: 1 }).success).toBe(true);
    expect(selectionSchema.safeParse({ system: 'scalp', id: 'MS6', side: 'right' }).success).toBe(true);
    expect(selectionSchema.safeParse({ system: 'ear', id: 'CO18' }).success).toBe(true);
    // each system's own shape, strictly: an ear point has no side, a point needs its member number
    expect(selectionSchema.safeParse({ system: 'ear', id: 'CO18', side: 'left' }).success).toBe(false);
    expect(selectionSchema.safeParse({ system: 'points', id: 'LI4', side: 'left' }).success).toBe(false);
    expect(selectionSchema.safeParse({ system: 'navel', id: 'qian' }).success).toBe(true);
    expect(selectionSchema.safeParse({ system: 'navel', id: 'north' }).success).toBe(false);
    expect(selectionSchema.safeParse({ system: 'electro', id: 'li4-li11', side: 'left' }).success).toBe(true);
    expect(selectionSchema.safeParse({ system: 'dermatome', id: 'C6' }).success).toBe(false);
  });
});
