// Where the ear chart's texts go (chart units: the SVG's 1000-unit ear height). The names of lit
// points are each put beside their marker where they collide with no other name and no other lit
// marker (neighbours such as AH6a and TF4 in the NADA protocol used to overwrite each other); zone
// codes sit at their zone's centre and give way where they would collide. Font sizes come from the
// chart's size on screen, so codes stay readable on a phone's small charts.

export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** the text's anchor point (SVG x, and y at the baseline) */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: LabelBox;
}

export interface Marker {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** An estimate of a text's width, on the wide side (DejaVu Sans, the Linux default, is wide: bold capitals and digits measure 0.69-0.74 em in Chromium). */
export const textWidth = (text: string, fontSize: number, bold = false) => text.length * fontSize * (bold ? 0.8 : 0.66);

/** The box a text takes from its anchor and baseline (the font's ascent 0.93 em above, descent 0.24 em below, as browsers measure it). */
export function textBox(x: number, baseline: number, width: number, fontSize: number, anchor: PlacedLabel['anchor']): LabelBox {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: baseline - 0.93 * fontSize, x1: x0 + width, y1: baseline + 0.24 * fontSize };
}

export const boxesOverlap = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxHitsCircle(b: LabelBox, m: Marker): boolean {
  const dx = Math.max(b.x0 - m.x, 0, m.x - b.x1),
    dy = Math.max(b.y0 - m.y, 0, m.y - b.y1);
  return dx * dx + dy * dy < m.r * m.r;
}

const inside = (b: LabelBox, bounds: LabelBox) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;

/**
 * The names of the lit markers, each beside its own marker: right or left of it, level with it
 * or stepped up or down a line at a time, the first place that stays inside the chart and clear of
 * every name placed before and of every other lit marker (or, failing that, only of the names);
 * a name with no such place is left out (the marker's tooltip still names it). The top marker is placed first.
 */
export function layoutMarkerLabels(markers: readonly (Marker & { text: string })[], fontSize: number, bounds: LabelBox): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const line = fontSize * 1.25;
  const ordered = [...markers].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const m of ordered) {
    const width = textWidth(m.text, fontSize, true);
    const gap = m.r + 0.3 * fontSize;
    // the side with more room first
    const sides: ('start' | 'end')[] = m.x > (bounds.x0 + bounds.x1) / 2 ? ['end', 'start'] : ['start', 'end'];
    const candidates: PlacedLabel[] = [];
    for (let step = 0; step <= 8; step++)
      for (const dy of step === 0 ? [0] : [-step * line, step * line]) {
        const baseline = m.y + 0.3 * fontSize + dy;
        for (const anchor of sides) {
          const x = anchor === 'start' ? m.x + gap : m.x - gap;
          candidates.push({ id: m.id, text: m.text, x, y: baseline, anchor, box: textBox(x, baseline, width, fontSize, anchor) });
        }
        // a long name near the edge: centred over or under its marker, slid inside the chart
        if (step > 0) {
          const x = Math.min(Math.max(m.x, bounds.x0 + width / 2 + 1), bounds.x1 - width / 2 - 1);
          const box = textBox(x, baseline, width, fontSize, 'middle');
          if (!boxHitsCircle(box, m)) candidates.push({ id: m.id, text: m.text, x, y: baseline, anchor: 'middle', box });
        }
      }
    const inBounds = candidates.filter((c) => inside(c.box, bounds) && !placed.some((p) => boxesOverlap(p.box, c.box)));
    // clear of other lit markers if it can be; a name that fits nowhere is left to the marker's tooltip
    const best = inBounds.find((c) => !markers.some((o) => o.id !== m.id && boxHitsCircle(c.box, o))) ?? inBounds[0];
    if (best) placed.push(best);
  }
  return placed;
}

/** Zone codes centred on their zones, in the order given; a code that would overlap one already placed is left out. */
export function layoutCentredCodes(codes: readonly { id: string; text: string; x: number; y: number }[], fontSize: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const c of codes) {
    const baseline = c.y + 0.35 * fontSize;
    const box = textBox(c.x, baseline, textWidth(c.text, fontSize), fontSize, 'middle');
    if (!placed.some((p) => boxesOverlap(p.box, box))) placed.push({ id: c.id, text: c.text, x: c.x, y: baseline, anchor: 'middle', box });
  }
  return placed;
}

/** Chart units per CSS pixel, and the font sizes that keep texts at least this many CSS pixels tall. */
export function chartFontSizes(unitsPerPx: number): { label: number; pointCode: number; zoneCode: number } {
  return { label: Math.max(24, 12 * unitsPerPx), pointCode: Math.max(13, 10 * unitsPerPx), zoneCode: Math.max(15, 10 * unitsPerPx) };
}
