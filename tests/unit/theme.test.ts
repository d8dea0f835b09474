// Every theme's text and control colours against their backgrounds, by WCAG 2's contrast ratio:
// 4.5:1 for text, 3:1 for controls' borders and the focus ring (non-text contrast, 1.4.11).
import { describe, expect, it } from 'vitest';
import { cssVariables, palettes, themeIds, type Palette } from '../../src/theme/tokens.ts';
import { readVersioned } from '../../src/state/persist/versioned.ts';
import { deviceSpec } from '../../src/state/device.ts';
import { contrast } from '../support/contrast.ts';

const text: [keyof Palette, keyof Palette][] = [
  ['ink', 'paper'],
  ['ink', 'surface'],
  ['ink', 'stage'],
  ['muted', 'paper'],
  ['muted', 'surface'],
  ['muted', 'stage'],
  ['accent', 'paper'],
  ['accent', 'surface'],
  ['onAccent', 'accent'],
  ['onChip', 'chip'],
  ['caution', 'cautionBg'],
  ['danger', 'dangerBg'],
  ['ink', 'cautionBg'],
  ['ink', 'dangerBg'],
  ['paper', 'ink'],
  ['chartInk', 'chartPaper'],
  ['label', 'stage'],
];
const nonText: [keyof Palette, keyof Palette][] = [
  ['control', 'surface'],
  ['focus', 'paper'],
  ['focus', 'surface'],
  ['accent', 'surface'],
  ['marker', 'chartPaper'],
  ['markerSelected', 'chartPaper'],
  // patient-safety mode's marks on the ear chart
  ['markerContraindicated', 'chartPaper'],
  ['markerCaution', 'chartPaper'],
  // the brows read as brows on the skin, in every theme
  ['brow', 'skin'],
  // presentation mode's laser dot stands out on the stage (on the skin its white halo carries it)
  ['laser', 'stage'],
  ['laser', 'markerHalo'],
];

describe('design tokens', () => {
  for (const id of themeIds) {
    it(`the ${id} theme meets WCAG AA for text and controls`, () => {
      const p = palettes[id];
      const fails = [
        ...text.filter(([f, b]) => contrast(p[f], p[b]) < 4.5).map(([f, b]) => `${f} on ${b}: ${contrast(p[f], p[b]).toFixed(2)}`),
        ...nonText.filter(([f, b]) => contrast(p[f], p[b]) < 3).map(([f, b]) => `${f} on ${b}: ${contrast(p[f], p[b]).toFixed(2)}`),
      ];
      expect(fails).toEqual([]);
    });
  }

  it('writes one CSS variable per token, the same names in every theme', () => {
    const names = themeIds.map((id) => Object.keys(cssVariables(id)).sort().join());
    expect(new Set(names).size).toBe(1);
    expect(cssVariables('dark')).toMatchObject({
      '--ink': palettes.dark.ink,
      '--on-accent': palettes.dark.onAccent,
      '--space-2': '0.5rem',
      '--target': '44px',
    });
  });

  it('keeps what a device saved before the theme existed, choosing the system theme for it', () => {
    const saved = JSON.stringify({ version: 1, state: { recent: [{ system: 'points', id: 'LI4', side: 'left', index: 1 }] } });
    expect(readVersioned(saved, deviceSpec)).toEqual({
      ok: true,
      migratedFrom: 1,
      state: { recent: [{ system: 'points', id: 'LI4', side: 'left', index: 1 }], theme: 'auto', welcomed: true },
    });
  });
});
