// Label placement for the figure sheets (scripts/figures.ts): each name goes beside its dot where it
// covers no other name, no dot and no leader, inside the sheet; where the places beside the dot are
// taken it goes farther out, joined to its dot by a leader line.

/** a box on the page, its top-left corner and size, in px */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Dot {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest {
  /** the dot the name belongs to */
  dot: Dot;
  width: number;
  height: number;
}

export interface Placement {
  box: Box;
  /** from the dot's edge to the box's nearest point, when the box is not beside the dot */
  leader?: [number, number, number, number];
}

// DejaVu Sans advance widths in thousandths of an em, ' ' to '~' (measured in Chromium)
const advance = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838,
  531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390,
  838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337,
  636, 838,
];

/** the width of a text in DejaVu Sans at a font size, in px */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    w += code >= 32 && code < 32 + advance.length ? advance[code - 32]! : 1000;
  }
  return (w / 1000) * fontSize;
}

const overlaps = (a: Box, b: Box, pad = 0) => a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** the nearest point of a box to (x, y) */
const nearest = (b: Box, x: number, y: number): [number, number] => [Math.min(Math.max(x, b.x), b.x + b.w), Math.min(Math.max(y, b.y), b.y + b.h)];

const boxHitsDot = (b: Box, d: Dot, pad: number) => {
  const [nx, ny] = nearest(b, d.x, d.y);
  return (nx - d.x) ** 2 + (ny - d.y) ** 2 < (d.r + pad) ** 2;
};

/** the distance from a point to a segment */
const segmentDistance = (px: number, py: number, [ax, ay, bx, by]: [number, number, number, number]) => {
  const dx = bx - ax,
    dy = by - ay,
    len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

const segmentsCross = ([ax, ay, bx, by]: [number, number, number, number], [cx, cy, dx, dy]: [number, number, number, number]) => {
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return o(ax, ay, bx, by, cx, cy) !== o(ax, ay, bx, by, dx, dy) && o(cx, cy, dx, dy, ax, ay) !== o(cx, cy, dx, dy, bx, by);
};

const segmentHitsBox = (s: [number, number, number, number], b: Box) => {
  const [ax, ay, bx, by] = s;
  const inside = (x: number, y: number) => x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h;
  if (inside(ax, ay) || inside(bx, by)) return true;
  const corners: [number, number][] = [
    [b.x, b.y],
    [b.x + b.w, b.y],
    [b.x + b.w, b.y + b.h],
    [b.x, b.y + b.h],
  ];
  return corners.some((c, k) => {
    const n = corners[(k + 1) % 4]!;
    return segmentsCross(s, [c[0], c[1], n[0], n[1]]);
  });
};

/** the distances from a dot's edge at which a name is tried, in px: beside it, then on leaders */
const rings = [0, 16, 26, 38, 52, 68, 86, 106, 130, 156, 186, 220, 260, 304, 354, 414];

/**
 * Places the names: the most crowded dots first, each name at the nearest free place (a box
 * beside the dot, right, left, above, below or at a corner; else on a ring farther out with a
 * leader), covering no placed name, no dot, no leader and no obstacle, its leader crossing no name, no
 * leader and no dot but those its own dot touches, inside the bounds; a name without a leader
 * nearer its dot than any other. A name
 * that finds no free place goes where it covers least (`crowded` counts those).
 */
export function placeLabels(requests: LabelRequest[], dots: Dot[], bounds: Box, obstacles: Box[] = []): { placements: Placement[]; crowded: number } {
  const pad = 1.5;
  const placed: Box[] = [...obstacles];
  const leaders: [number, number, number, number][] = [];
  const placements: Placement[] = new Array<Placement>(requests.length);
  const near = (a: Dot, b: Dot) => Math.hypot(a.x - b.x, a.y - b.y) < 60;
  const crowding = requests.map((q) => dots.filter((d) => near(d, q.dot)).length);
  const order = requests
    .map((_, i) => i)
    .sort((a, b) => crowding[b]! - crowding[a]! || requests[a]!.dot.y - requests[b]!.dot.y || requests[a]!.dot.x - requests[b]!.dot.x);
  let crowded = 0;
  for (const i of order) {
    const { dot, width: w, height: h } = requests[i]!;
    const candidates: Placement[] = [];
    for (const ring of rings) {
      const g = dot.r + 2 + ring;
      if (ring === 0) {
        // beside the dot: right, left, above, below, then the corners
        for (const [x, y] of [
          [dot.x + g, dot.y - h / 2],
          [dot.x - g - w, dot.y - h / 2],
          [dot.x - w / 2, dot.y - g - h],
          [dot.x - w / 2, dot.y + g],
          [dot.x + g * 0.7, dot.y - g * 0.7 - h],
          [dot.x - g * 0.7 - w, dot.y - g * 0.7 - h],
          [dot.x + g * 0.7, dot.y + g * 0.7],
          [dot.x - g * 0.7 - w, dot.y + g * 0.7],
        ] as [number, number][]) {
          candidates.push({ box: { x, y, w, h } });
        }
        continue;
      }
      for (let k = 0; k < 24; k++) {
        // right first, then alternating outwards around the circle
        const step = Math.ceil(k / 2) * (k % 2 ? 1 : -1);
        const a = (step * Math.PI) / 12;
        const cx = Math.cos(a),
          cy = Math.sin(a);
        const box: Box = { x: dot.x + cx * g + (cx - 1) * (w / 2), y: dot.y + cy * g + (cy - 1) * (h / 2), w, h };
        const [nx, ny] = nearest(box, dot.x, dot.y);
        const len = Math.hypot(nx - dot.x, ny - dot.y) || 1;
        // a leader long enough to be seen beside the dot
        if (len - dot.r < 12) continue;
        candidates.push({ box, leader: [dot.x + ((nx - dot.x) / len) * dot.r, dot.y + ((ny - dot.y) / len) * dot.r, nx, ny] });
      }
    }
    const inBounds = (b: Box) => b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
    // a name without a leader is nearer its own dot than any other, so that it is read as its dot's
    const own = (b: Box) => {
      const [nx, ny] = nearest(b, dot.x, dot.y);
      const mine = Math.hypot(nx - dot.x, ny - dot.y) - dot.r;
      return dots.every((o) => {
        if (o === dot) return true;
        const [ox, oy] = nearest(b, o.x, o.y);
        return Math.hypot(ox - o.x, oy - o.y) - o.r > mine + 3;
      });
    };
    const free = (c: Placement) =>
      inBounds(c.box) &&
      (!!c.leader || own(c.box)) &&
      !placed.some((b) => overlaps(c.box, b, pad)) &&
      !dots.some((d) => boxHitsDot(c.box, d, pad)) &&
      !leaders.some((s) => segmentHitsBox(s, c.box)) &&
      (!c.leader ||
        (!placed.some((b) => segmentHitsBox(c.leader!, b)) &&
          !leaders.some((s) => segmentsCross(s, c.leader!)) &&
          !dots.some((d) => d !== dot && Math.hypot(d.x - dot.x, d.y - dot.y) > d.r + dot.r + 1 && segmentDistance(d.x, d.y, c.leader!) < d.r + 1)));
    let choice = candidates.find(free);
    if (!choice) {
      crowded++;
      // the place in bounds that covers the fewest names and dots
      const cost = (c: Placement) => placed.filter((b) => overlaps(c.box, b)).length * 2 + dots.filter((d) => boxHitsDot(c.box, d, 0)).length;
      choice = candidates.filter((c) => inBounds(c.box)).sort((a, b) => cost(a) - cost(b))[0] ?? candidates[0]!;
    }
    placements[i] = choice;
    placed.push(choice.box);
    if (choice.leader) leaders.push(choice.leader);
  }
  return { placements, crowded };
}
