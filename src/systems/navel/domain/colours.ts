// The navel's eight sectors in the theme's own colours: calm neutral wedges (two tones in turn, so
// neighbours read apart under their ink outlines) and one accent, the theme's, for the direction
// chosen; the one under the pointer and the ones a search finds take a tint of that accent. Nothing
// else competes with the point markers and the labels around the navel.
import type { Palette } from '../../../theme/tokens.ts';

export interface SectorState {
  selected: boolean;
  hovered: boolean;
  found: boolean;
}

/** How much of the accent a hovered or found sector takes over its neutral tone. */
export const hoverTint = 0.35;
export const foundTint = 0.55;

/** `#rrggbb` a share `t` of the way from `a` to `b`. */
export function mixHex(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The fill of the sector at `index` around the navel. */
export function sectorColour(index: number, state: SectorState, palette: Palette): string {
  if (state.selected) return palette.accent;
  const neutral = index % 2 ? palette.zoneFaded : palette.surface;
  if (state.found) return mixHex(neutral, palette.accent, foundTint);
  if (state.hovered) return mixHex(neutral, palette.accent, hoverTint);
  return neutral;
}

/** The label's text colour: the accent names the chosen or hovered direction, the rest in the label ink. */
export function sectorLabelColour(state: SectorState, palette: Palette): string {
  return state.selected || state.hovered ? palette.accent : palette.label;
}
