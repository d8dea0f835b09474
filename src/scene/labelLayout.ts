// Where and how big the body's text labels are drawn. Pure numbers, so the layer's per-frame pass
// allocates nothing and the rules are tested on their own.
// - Crisp at any device pixel ratio: the text atlas is drawn at the device's own scale (one texel
//   per device pixel), a label's box is a whole number of those pixels, and the layer snaps each
//   anchor to a device pixel, so the text is never stretched or sampled between pixels.
// - Never off the view: a label goes to the right of its point, or to its left where it would run
//   off the right edge, and is left out when it fits on neither side or would be cut at the top or
//   bottom.

/** the label's text and box in CSS pixels (as the DOM's small text: 14 px, a 20 px row) */
export const labelCss = { font: 14, row: 20, pad: 7, gap: 8 } as const;

/** Atlas pixels per CSS pixel: the device's pixel ratio (at least 1, at most 3: beyond that the
 * atlas grows past what a phone's GPU takes, for no visible gain). */
export function atlasScale(dpr: number): number {
  return Math.min(3, Math.max(1, dpr));
}

/** The row's height in atlas pixels: even, so the box centred on its anchor keeps whole pixels. */
export function atlasRow(scale: number): number {
  return 2 * Math.round((labelCss.row * scale) / 2);
}

/** A label's width in atlas pixels for a text measured `textWidth` atlas pixels wide. */
export function atlasBoxWidth(textWidth: number, scale: number): number {
  return Math.ceil(textWidth + 2 * labelCss.pad * scale);
}

/**
 * The left edge (CSS px) of a label w x h beside its anchor at (x, y) in a view width x height,
 * or NaN when it cannot be shown whole: to the right of the anchor, else to its left.
 */
export function labelLeft(x: number, y: number, w: number, h: number, width: number, height: number): number {
  if (y - h / 2 < 0 || y + h / 2 > height || x < 0 || x > width) return NaN;
  const right = x + labelCss.gap;
  if (right + w <= width) return right;
  const left = x - labelCss.gap - w;
  return left >= 0 ? left : NaN;
}
