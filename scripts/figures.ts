// npm run figures [-- --body male|female] [--sheet id] — figure sheets per region, for reviewing every point
// against the standard's figures: the body drawn from the side a student looks at (orthographic,
// shaded), every point a student looking from that side sees (its skin drawn on the sheet, facing the
// viewer, not hidden by what the sheet draws) named with its code beside its dot or on a leader line
// (scripts/figure-labels.ts), the scalp lines on the scalp sheets; prints the points on no sheet.
// Writes SVG (and PNG, when Debian's Chromium is there) to the git-ignored figures/ folder.
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BodyVariantId, Vec3 } from '../src/domain/body/frame.ts';
import { castRay } from '../src/domain/body/surface.ts';
import { cross, dot, norm, scale, sub } from '../src/domain/body/vec.ts';
import { channelInfo, channelOfCode } from '../src/domain/points/channels.ts';
import { Resolver, type ResolvedLocation } from '../src/domain/resolve/resolver.ts';
import { buildJiaoAreas, buildWhoLines, hairlines } from '../src/domain/scalp/zones.ts';
import { loadAtlasData } from '../src/pipeline/atlasData.ts';
import { verifyBody } from '../src/pipeline/verifyBodies.ts';
import { placeLabels, textWidth, type Box, type Dot, type LabelRequest, type Placement } from './figure-labels.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}figures`;
const args = process.argv.slice(2);
const bodies = (args.includes('--body') ? [args[args.indexOf('--body') + 1]] : ['male', 'female']) as BodyVariantId[];
/** --sheet id: that sheet alone (and no ear chart) */
const only = args.includes('--sheet') ? args[args.indexOf('--sheet') + 1] : undefined;

type Part = 0 | 1 | 2;
interface Sheet {
  id: string;
  title: string;
  /** from the body toward the viewer */
  toward: Vec3;
  up: Vec3;
  /** body parts drawn (0 trunk and head, 1 arm, 2 leg) and the side of a limb */
  parts: Part[];
  leftOnly?: boolean;
  /** the box drawn, in the body frame: [min, max] per axis */
  box: (at: (key: string) => Vec3) => [Vec3, Vec3];
  scalp?: boolean;
  /** the drawing's longer side in px (1000): more on the crowded sheets, so that every name finds a place */
  size?: number;
  /** the least cosine between a point's skin and the view for the point to be drawn (0.3) */
  facing?: number;
}

const front: Vec3 = [0, 0, 1],
  back: Vec3 = [0, 0, -1],
  left: Vec3 = [1, 0, 0],
  right: Vec3 = [-1, 0, 0],
  up: Vec3 = [0, 1, 0];
const head = (at: (k: string) => Vec3): [Vec3, Vec3] => [
  [-0.12, at('hyoid')[1] - 0.04, -0.15],
  [0.12, at('vertex')[1] + 0.02, 0.35],
];
const arm = (at: (k: string) => Vec3): [Vec3, Vec3] => [
  [0.08, at('middle_tip')[1] - 0.03, -0.2],
  [0.6, at('acromion')[1] + 0.05, 0.25],
];
const hand = (at: (k: string) => Vec3): [Vec3, Vec3] => [
  [0.15, at('middle_tip')[1] - 0.02, -0.2],
  [0.6, at('wrist_crease_midpoint')[1] + 0.06, 0.25],
];
const leg = (at: (k: string) => Vec3): [Vec3, Vec3] => [
  [0, -0.01, -0.3],
  [0.35, at('asis')[1] + 0.03, 0.35],
];
const foot = (at: (k: string) => Vec3): [Vec3, Vec3] => [
  [0, -0.01, -0.15],
  [0.3, at('medial_malleolus')[1] + 0.08, 0.35],
];
const sheets: Sheet[] = [
  { id: 'head-front', title: 'Head and face, front', toward: front, up, parts: [0], box: head },
  { id: 'head-side', title: 'Head and face, left side', toward: left, up, parts: [0], box: head },
  { id: 'head-back', title: 'Head and neck, back', toward: back, up, parts: [0], box: head },
  {
    id: 'trunk-front',
    title: 'Chest and abdomen, front',
    toward: front,
    up,
    parts: [0],
    box: (at) => [
      [-0.25, at('pubic_symphysis_superior')[1] - 0.06, -0.3],
      [0.25, at('sternal_notch')[1] + 0.06, 0.4],
    ],
    size: 1500,
  },
  {
    id: 'trunk-side',
    title: 'Trunk, left side (arm not drawn)',
    toward: left,
    up,
    parts: [0],
    box: (at) => [
      [-0.3, at('pubic_symphysis_superior')[1] - 0.06, -0.3],
      [0.3, at('acromion')[1] + 0.04, 0.4],
    ],
  },
  {
    id: 'shoulders-top',
    title: 'Neck and shoulders, from above',
    toward: up,
    up: front,
    parts: [0],
    box: (at) => [
      [-0.3, at('acromion')[1] - 0.12, -0.3],
      [0.3, at('acromion')[1] + 0.08, 0.4],
    ],
  },
  {
    id: 'perineum',
    title: 'Perineum, from below',
    toward: [0, -1, 0],
    up: front,
    parts: [0],
    box: (at) => [
      [-0.2, at('coccyx_tip')[1] - 0.15, -0.3],
      [0.2, at('pubic_symphysis_superior')[1] + 0.05, 0.4],
    ],
  },
  {
    id: 'trunk-back',
    title: 'Back, neck and sacrum',
    toward: back,
    up,
    parts: [0],
    box: (at) => [
      [-0.25, at('coccyx_tip')[1] - 0.06, -0.3],
      [0.25, at('posterior_hairline_midpoint')[1] + 0.04, 0.4],
    ],
    size: 1600,
  },
  {
    id: 'axilla',
    title: 'Left axilla and inner arm, from medial and below (trunk cut away)',
    toward: [-1, -0.5, 0],
    up,
    parts: [0, 1],
    leftOnly: true,
    box: (at) => [
      [at('acromion')[0] - 0.08, at('acromion')[1] - 0.35, -0.2],
      [0.6, at('acromion')[1] + 0.05, 0.25],
    ],
  },
  { id: 'arm-front', title: 'Left arm, front (palm forward)', toward: front, up, parts: [1], leftOnly: true, box: arm },
  { id: 'arm-back', title: 'Left arm, back', toward: back, up, parts: [1], leftOnly: true, box: arm },
  { id: 'arm-lateral', title: 'Left arm, lateral (radial) side', toward: left, up, parts: [1], leftOnly: true, box: arm },
  { id: 'arm-medial', title: 'Left arm, medial (ulnar) side', toward: right, up, parts: [1], leftOnly: true, box: arm },
  { id: 'hand-palm', title: 'Left hand, palm', toward: front, up, parts: [1], leftOnly: true, box: hand },
  { id: 'hand-dorsum', title: 'Left hand, back', toward: back, up, parts: [1], leftOnly: true, box: hand },
  { id: 'leg-front', title: 'Left leg, front', toward: front, up, parts: [2], leftOnly: true, box: leg },
  { id: 'leg-back', title: 'Left leg, back', toward: back, up, parts: [2], leftOnly: true, box: leg },
  { id: 'leg-lateral', title: 'Left leg, lateral side', toward: left, up, parts: [2], leftOnly: true, box: leg },
  { id: 'leg-medial', title: 'Left leg, medial side', toward: right, up, parts: [2], leftOnly: true, box: leg },
  // from above, the front of the ankle slopes away (LR4: 0.28 on the female body) but is in sight
  { id: 'foot-top', title: 'Left foot, from above', toward: up, up: [0, 0, 1], parts: [2], leftOnly: true, box: foot, facing: 0.25 },
  { id: 'foot-sole', title: 'Left foot, sole', toward: [0, -1, 0], up: [0, 0, 1], parts: [2], leftOnly: true, box: foot },
  { id: 'foot-lateral', title: 'Left foot, lateral side', toward: left, up, parts: [2], leftOnly: true, box: foot },
  { id: 'foot-medial', title: 'Left foot, medial side', toward: right, up, parts: [2], leftOnly: true, box: foot },
  { id: 'scalp-top', title: 'Scalp from above, WHO lines (blue) and Jiao areas (red)', toward: up, up: [0, 0, 1], parts: [0], box: head, scalp: true },
  { id: 'scalp-front', title: 'Scalp from the front', toward: front, up, parts: [0], box: head, scalp: true },
  { id: 'scalp-side', title: 'Scalp from the left', toward: left, up, parts: [0], box: head, scalp: true },
];

const data = loadAtlasData(root);
mkdirSync(outDir, { recursive: true });
const written: string[] = [];
const nameOf = (l: ResolvedLocation) => `${l.code}${(data.points.get(l.code)?.members?.length ?? 0) > 1 ? `#${l.index}` : ''}`;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmt = (x: number) => x.toFixed(1);
/** a point is drawn where its skin faces the viewer at least this much (the cosine) and nothing drawn covers it */
const facing = 0.3;
const labelFont = 12,
  labelHeight = 13;
/** a name's text in its box (the box holds the capitals and digits and the white halo) */
const labelText = (b: Box, text: string, fill: string, size = labelFont) =>
  `<text x="${fmt(b.x)}" y="${fmt(b.y + size * 0.84)}" font-size="${size}" fill="${fill}" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(text)}</text>`;
const leaderLine = (p: Placement) =>
  p.leader
    ? `<line x1="${fmt(p.leader[0])}" y1="${fmt(p.leader[1])}" x2="${fmt(p.leader[2])}" y2="${fmt(p.leader[3])}" stroke="#333" stroke-width="0.8"/>`
    : '';
/** the sheet's page: the title above, then the content (its extent given) moved to a margin of 20 px */
const sheetPage = (title: string, content: string[], extent: Box) => {
  const titleWidth = textWidth(title, 24);
  const W = Math.ceil(Math.max(extent.w, titleWidth) + 40),
    H = Math.ceil(extent.h + 80);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="#f4f5f7"/>`,
    `<text x="20" y="36" font-size="24" fill="#111">${esc(title)}</text>`,
    `<g transform="translate(${fmt(20 - extent.x)},${fmt(60 - extent.y)})">`,
    ...content,
    '</g>',
    '</svg>',
  ].join('\n');
};
/** the box around boxes and dots */
const extentOf = (boxes: Box[], dots: Dot[]): Box => {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const b of [...boxes, ...dots.map((d) => ({ x: d.x - d.r - 1, y: d.y - d.r - 1, w: 2 * d.r + 2, h: 2 * d.r + 2 }))]) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
};
for (const variant of bodies) {
  const { body, ctx, atlas } = verifyBody(data, variant);
  const parts = ctx.vertexPart!;
  const at = (key: string): Vec3 => (ctx.landmarks.get(key) ?? ctx.landmarks.get(`${key}_left`))!.position;
  const resolver = new Resolver(ctx, data.points);
  const scalpZones = [...buildWhoLines(resolver, data.whoLines), ...buildJiaoAreas(ctx, data.jiaoAreas)];
  const hair = hairlines(ctx);
  const v = (i: number): Vec3 => [body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!];
  const triangleCount = body.indices.length / 3;
  const seenOn = new Map<ResolvedLocation, string[]>();
  for (const sheet of sheets.filter((x) => !only || x.id === only)) {
    const d = norm(sheet.toward),
      u = norm(sub(sheet.up, scale(d, dot(sheet.up, d)))),
      r = norm(cross(u, d));
    const [lo, hi] = sheet.box(at);
    const inBox = (p: Vec3) => p.every((c, k) => c >= lo[k]! && c <= hi[k]!);
    // the triangles the sheet draws: of its parts (two of the three corners, so that the seam between
    // two parts is drawn on the one or the other), of the left side, their centre in its box; those
    // wholly of its parts alone hide a point or a line (2: a knee outside the foot's box hides nothing
    // on the foot, the seam of the arm's skin in the axilla nothing on the trunk's side)
    const drawn = new Uint8Array(triangleCount);
    for (let tri = 0; tri < triangleCount; tri++) {
      const ids = [0, 1, 2].map((k) => body.indices[tri * 3 + k]!);
      const ours = ids.filter((i) => sheet.parts.includes(parts[i] as Part)).length;
      if (ours < 2 || (sheet.leftOnly && !ids.every((i) => body.positions[i * 3]! > -0.005))) continue;
      const [a, b, c] = ids.map(v) as [Vec3, Vec3, Vec3];
      if (inBox([(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3])) drawn[tri] = ours === 3 ? 2 : 1;
    }
    const hides = (tri: number) => drawn[tri] === 2;
    const triangleDrawn = (tri: number) => drawn[tri]! > 0;
    // the triangles facing the viewer, far to near
    const tris: { pts: [number, number][]; depth: number; shade: number }[] = [];
    const light = norm([d[0] + u[0] * 0.6 + r[0] * 0.3, d[1] + u[1] * 0.6 + r[1] * 0.3, d[2] + u[2] * 0.6 + r[2] * 0.3]);
    for (let tri = 0; tri < triangleCount; tri++) {
      if (!drawn[tri]) continue;
      const [a, b, c] = [0, 1, 2].map((k) => v(body.indices[tri * 3 + k]!)) as [Vec3, Vec3, Vec3];
      const n = norm(cross(sub(b, a), sub(c, a)));
      if (dot(n, d) <= 0) continue;
      const centre: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
      tris.push({ pts: [a, b, c].map((p) => [dot(p, r), dot(p, u)]), depth: dot(centre, d), shade: 0.45 + 0.55 * Math.max(0, dot(n, light)) });
    }
    tris.sort((x, y) => x.depth - y.depth);
    // the drawing: its longer side `size` px (1000 unless the sheet says), from (0, 0)
    let minU = Infinity,
      maxU = -Infinity,
      minV = Infinity,
      maxV = -Infinity;
    for (const t of tris)
      for (const [pu, pv] of t.pts) {
        minU = Math.min(minU, pu);
        maxU = Math.max(maxU, pu);
        minV = Math.min(minV, pv);
        maxV = Math.max(maxV, pv);
      }
    const px = (sheet.size ?? 1000) / Math.max(maxU - minU, maxV - minV, 0.01);
    const Wd = (maxU - minU) * px,
      Hd = (maxV - minV) * px;
    const X = (pu: number) => (pu - minU) * px,
      Y = (pv: number) => (maxV - pv) * px;
    const content: string[] = [];
    for (const t of tris) {
      const c = (k: number) => Math.round(k * t.shade);
      const fill = `rgb(${c(222)},${c(184)},${c(156)})`;
      content.push(
        `<polygon points="${t.pts.map(([pu, pv]) => `${fmt(X(pu))},${fmt(Y(pv))}`).join(' ')}" fill="${fill}" stroke="${fill}" stroke-width="0.6"/>`,
      );
    }
    const project = (p: Vec3): [number, number] => [X(dot(p, r)), Y(dot(p, u))];
    // seen: its skin drawn (the first drawn triangle met coming from just in front of it is within
    // 4 mm; the ray shifted by half a millimetre where it slips through the seam between two triangles,
    // the midline) and nothing that hides drawn between it and the viewer
    const seen = (p: Vec3, n: Vec3) => {
      const onSkin = ([0, 0.0005, -0.0005] as const).some((a, k) => {
        const o: Vec3 = [p[0] + d[0] * 0.02 + (r[0] + u[0] * k) * a, p[1] + d[1] * 0.02 + (r[1] + u[1] * k) * a, p[2] + d[2] * 0.02 + (r[2] + u[2] * k) * a];
        const hit = castRay(ctx.index, o, [-d[0], -d[1], -d[2]], 0.03, triangleDrawn);
        return !!hit && Math.abs(hit.distance - 0.02) < 0.004;
      });
      return onSkin && !castRay(ctx.index, [p[0] + n[0] * 0.003, p[1] + n[1] * 0.003, p[2] + n[2] * 0.003], d, 2, hides);
    };
    const dots: Dot[] = [];
    const requests: (LabelRequest & { text: string; colour: string })[] = [];
    if (sheet.scalp) {
      // a line is drawn where the viewer sees it: runs of points not hidden behind the head
      const seenPoint = (p: Vec3) => inBox(p) && !castRay(ctx.index, [p[0] + d[0] * 0.004, p[1] + d[1] * 0.004, p[2] + d[2] * 0.004], d, 2, hides);
      const line = (pts: Vec3[], colour: string, width: number) => {
        let run: Vec3[] = [];
        const flush = () => {
          if (run.length > 1)
            content.push(
              `<polyline points="${run.map((p) => project(p).map(fmt).join(',')).join(' ')}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`,
            );
          run = [];
        };
        for (const p of pts) {
          if (seenPoint(p)) run.push(p);
          else flush();
        }
        flush();
      };
      for (const h of hair) line(h, '#555', 2);
      for (const z of scalpZones) for (const s of z.strokes) line(s, z.system === 'who-scalp' ? '#1d4ed8' : '#dc2626', 3);
      // each zone named once per side, at a seen part of its line (the middle if seen)
      for (const z of scalpZones) {
        if (z.side === 'right' && sheet.toward === left) continue;
        const s = z.strokes[0] ?? [];
        const anchor = [0.5, 0.3, 0.7, 0.15, 0.85, 0, 1].map((t) => s[Math.round(t * (s.length - 1))]).find((p): p is Vec3 => !!p && seenPoint(p));
        if (!anchor) continue;
        const [ax, ay] = project(anchor);
        requests.push({
          dot: { x: ax, y: ay, r: 2 },
          width: textWidth(z.id, labelFont),
          height: labelHeight,
          text: z.id,
          colour: z.system === 'who-scalp' ? '#1d4ed8' : '#b91c1c',
        });
      }
    }
    const pointDots: string[] = [];
    for (const l of atlas.locations) {
      // only where the student sees it: its skin drawn (the arm's points on the arm sheets), facing, not hidden
      if (!inBox(l.position) || (sheet.leftOnly && l.side === 'right') || dot(l.normal, d) < (sheet.facing ?? facing) || !seen(l.position, l.normal)) continue;
      const [x, y] = project(l.position);
      const colour = channelInfo[channelOfCode(l.code)].color;
      const dotAt: Dot = { x, y, r: 5 };
      dots.push(dotAt);
      pointDots.push(`<circle cx="${fmt(x)}" cy="${fmt(y)}" r="5" fill="${colour}" stroke="#111" stroke-width="1"/>`);
      seenOn.set(l, [...(seenOn.get(l) ?? []), sheet.id]);
      // on the sheets that show both sides alike (from the front, back, above, below), the right side's
      // points are drawn but named on the left only; seen from the left, the few of the right side are named as such
      if (l.side === 'right' && Math.abs(d[0]) < 1e-6) continue;
      const name = l.side === 'right' ? `${nameOf(l)} (right)` : nameOf(l);
      requests.push({ dot: dotAt, width: textWidth(name, labelFont), height: labelHeight, text: name, colour: '#111' });
    }
    // the names: around the drawing, a margin wide enough for the longest beside it
    const margin = Math.max(60, ...requests.map((q) => q.width + 30));
    const { placements, crowded } = placeLabels(requests, dots, { x: -margin, y: -40, w: Wd + 2 * margin, h: Hd + 140 });
    if (crowded) console.log(`figures: ${variant}-${sheet.id}: ${crowded} names without a free place`);
    content.push(...placements.map(leaderLine), ...pointDots, ...placements.map((p, k) => labelText(p.box, requests[k]!.text, requests[k]!.colour)));
    const file = `${outDir}/${variant}-${sheet.id}.svg`;
    writeFileSync(
      file,
      sheetPage(`${sheet.title} — ${variant} body`, content, extentOf([{ x: 0, y: 0, w: Wd, h: Hd }, ...placements.map((p) => p.box)], dots)),
    );
    written.push(file);
  }
  // every point on some sheet: the left side's and the midline's (the right side's mirror them)
  if (only) continue;
  const missing = atlas.locations.filter((l) => l.side !== 'right' && !seenOn.has(l)).map(nameOf);
  console.log(`figures: ${variant}: ${missing.length ? `not on any sheet: ${missing.join(' ')}` : 'every point on a sheet'}`);
}
// the ear chart (the same for both bodies): the lateral face's parts and zones, every point named
{
  const earFile = `${root}assets/generated/ear.json`;
  if (!only && existsSync(earFile)) {
    type Ring = [number, number][];
    const ear = JSON.parse(readFileSync(earFile, 'utf8')) as {
      outline: Ring;
      meatus: Ring;
      parts: { id: string; face: string; ring: Ring }[];
      zones: { id: string; face: string; rings: Ring[] }[];
      points: { id: string; system: string; face: string; uv: [number, number] }[];
    };
    const S = 1000,
      X = (u: number) => u * S,
      Y = (v: number) => v * S;
    const poly = (ring: Ring, fill: string, stroke: string, width: number) =>
      `<polygon points="${ring.map(([u, w]) => `${fmt(X(u))},${fmt(Y(w))}`).join(' ')}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
    const content: string[] = [];
    content.push(poly(ear.outline, 'rgb(222,184,156)', '#6b4f3a', 2));
    for (const part of ear.parts.filter((x) => x.face === 'lateral')) content.push(poly(part.ring, 'none', '#6b4f3a', 2));
    for (const z of ear.zones.filter((x) => x.face === 'lateral')) for (const ring of z.rings) content.push(poly(ring, 'none', '#888', 0.8));
    content.push(poly(ear.meatus, '#3b2a1e', '#3b2a1e', 1));
    const points = ear.points.filter((x) => x.face === 'lateral');
    const colourOf = (pt: { system: string }) => (pt.system === 'nogier' ? '#dc2626' : '#1d4ed8');
    const dots: Dot[] = points.map((pt) => ({ x: X(pt.uv[0]), y: Y(pt.uv[1]), r: 4 }));
    const font = 11;
    const requests = points.map((pt, k) => ({ dot: dots[k]!, width: textWidth(pt.id, font), height: font + 1 }));
    const { placements, crowded } = placeLabels(requests, dots, { x: -100, y: -30, w: S + 200, h: S + 60 });
    if (crowded) console.log(`figures: ear-chart: ${crowded} names without a free place`);
    content.push(...placements.map(leaderLine));
    points.forEach((pt, k) =>
      content.push(`<circle cx="${fmt(dots[k]!.x)}" cy="${fmt(dots[k]!.y)}" r="4" fill="${colourOf(pt)}" stroke="#111" stroke-width="0.8"/>`),
    );
    points.forEach((pt, k) => content.push(labelText(placements[k]!.box, pt.id, colourOf(pt), font)));
    const svg = [
      sheetPage(
        'Ear chart, lateral face: parts (brown), zones (grey), GB/T 13734 points (blue), Nogier (red)',
        content,
        extentOf([{ x: 0, y: 0, w: S, h: S }, ...placements.map((p) => p.box)], dots),
      ),
    ];
    const file = `${outDir}/ear-chart.svg`;
    writeFileSync(file, svg.join('\n'));
    written.push(file);
  }
}
console.log(`figures: ${written.length} sheets in figures/`);

// PNGs through Debian's Chromium when it is there (the figures are also readable as SVG)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromiumPath)) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  for (const file of written) {
    // the size from the SVG's own text (reading it back from the page raced the load on one sheet)
    const head = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(readFileSync(file, 'utf8'));
    const size = { width: Math.ceil(Number(head?.[1] ?? 1200)), height: Math.ceil(Number(head?.[2] ?? 900)) };
    await page.setViewportSize({ width: Math.min(size.width, 2400), height: Math.min(size.height, 2400) });
    await page.goto(`file://${file}`);
    await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
  }
  await browser.close();
  console.log('figures: PNGs written beside them');
}
