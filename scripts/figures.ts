// npm run figures [-- --body male|female] — figure sheets per region, for reviewing every point
// against the standard's figures: the body drawn from the side a student looks at (orthographic,
// shaded), every point on that side labelled with its code, the scalp lines on the scalp sheets.
// Writes SVG (and PNG, when Debian's Chromium is there) to the git-ignored figures/ folder.
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BodyVariantId, Vec3 } from '../src/domain/body/frame.ts';
import { castRay } from '../src/domain/body/surface.ts';
import { cross, dot, norm, sub } from '../src/domain/body/vec.ts';
import { channelInfo, channelOfCode } from '../src/domain/points/channels.ts';
import { Resolver } from '../src/domain/resolve/resolver.ts';
import { buildJiaoAreas, buildWhoLines, hairlines } from '../src/domain/scalp/zones.ts';
import { loadAtlasData } from '../src/pipeline/atlasData.ts';
import { verifyBody } from '../src/pipeline/verifyBodies.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}figures`;
const args = process.argv.slice(2);
const bodies = (args.includes('--body') ? [args[args.indexOf('--body') + 1]] : ['male', 'female']) as BodyVariantId[];

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
}

const front: Vec3 = [0, 0, 1], back: Vec3 = [0, 0, -1], left: Vec3 = [1, 0, 0], right: Vec3 = [-1, 0, 0], up: Vec3 = [0, 1, 0];
const head = (at: (k: string) => Vec3): [Vec3, Vec3] => [[-0.12, at('hyoid')[1] - 0.04, -0.15], [0.12, at('vertex')[1] + 0.02, 0.35]];
const arm = (at: (k: string) => Vec3): [Vec3, Vec3] => [[0.08, at('middle_tip')[1] - 0.03, -0.2], [0.6, at('acromion')[1] + 0.05, 0.25]];
const hand = (at: (k: string) => Vec3): [Vec3, Vec3] => [[0.15, at('middle_tip')[1] - 0.02, -0.2], [0.6, at('wrist_crease_midpoint')[1] + 0.06, 0.25]];
const leg = (at: (k: string) => Vec3): [Vec3, Vec3] => [[0, -0.01, -0.3], [0.35, at('asis')[1] + 0.03, 0.35]];
const foot = (at: (k: string) => Vec3): [Vec3, Vec3] => [[0, -0.01, -0.15], [0.3, at('medial_malleolus')[1] + 0.08, 0.35]];
const sheets: Sheet[] = [
  { id: 'head-front', title: 'Head and face, front', toward: front, up, parts: [0], box: head },
  { id: 'head-side', title: 'Head and face, left side', toward: left, up, parts: [0], box: head },
  { id: 'trunk-front', title: 'Chest and abdomen, front', toward: front, up, parts: [0], box: (at) => [[-0.25, at('pubic_symphysis_superior')[1] - 0.06, -0.3], [0.25, at('sternal_notch')[1] + 0.06, 0.4]] },
  { id: 'trunk-side', title: 'Trunk, left side (arm not drawn)', toward: left, up, parts: [0], box: (at) => [[-0.3, at('pubic_symphysis_superior')[1] - 0.06, -0.3], [0.3, at('acromion')[1] + 0.04, 0.4]] },
  { id: 'trunk-back', title: 'Back, neck and sacrum', toward: back, up, parts: [0], box: (at) => [[-0.25, at('coccyx_tip')[1] - 0.06, -0.3], [0.25, at('posterior_hairline_midpoint')[1] + 0.04, 0.4]] },
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
  { id: 'foot-top', title: 'Left foot, from above', toward: up, up: [0, 0, 1], parts: [2], leftOnly: true, box: foot },
  { id: 'foot-lateral', title: 'Left foot, lateral side', toward: left, up, parts: [2], leftOnly: true, box: foot },
  { id: 'foot-medial', title: 'Left foot, medial side', toward: right, up, parts: [2], leftOnly: true, box: foot },
  { id: 'scalp-top', title: 'Scalp from above, WHO lines (blue) and Jiao areas (red)', toward: up, up: [0, 0, 1], parts: [0], box: head, scalp: true },
  { id: 'scalp-front', title: 'Scalp from the front', toward: front, up, parts: [0], box: head, scalp: true },
  { id: 'scalp-side', title: 'Scalp from the left', toward: left, up, parts: [0], box: head, scalp: true },
];

const data = loadAtlasData(root);
mkdirSync(outDir, { recursive: true });
const written: string[] = [];
for (const variant of bodies) {
  const { body, ctx, atlas } = verifyBody(data, variant);
  const parts = ctx.vertexPart!;
  const at = (key: string): Vec3 => (ctx.landmarks.get(key) ?? ctx.landmarks.get(`${key}_left`))!.position;
  const resolver = new Resolver(ctx, data.points);
  const scalpZones = [...buildWhoLines(resolver, data.whoLines), ...buildJiaoAreas(ctx, data.jiaoAreas)];
  const hair = hairlines(ctx);
  const v = (i: number): Vec3 => [body.positions[i * 3]!, body.positions[i * 3 + 1]!, body.positions[i * 3 + 2]!];
  for (const sheet of sheets) {
    const d = norm(sheet.toward), u = norm(sheet.up), r = norm(cross(u, d));
    const [lo, hi] = sheet.box(at);
    const inBox = (p: Vec3) => p.every((c, k) => c >= lo[k]! && c <= hi[k]!);
    const triangleDrawn = (tri: number) => {
      const ids = [0, 1, 2].map((k) => body.indices[tri * 3 + k]!);
      return ids.every((i) => sheet.parts.includes(parts[i] as Part)) && (!sheet.leftOnly || ids.every((i) => body.positions[i * 3]! > -0.005));
    };
    // the triangles facing the viewer, far to near
    const tris: { pts: [number, number][]; depth: number; shade: number }[] = [];
    const light = norm([d[0] + u[0] * 0.6 + r[0] * 0.3, d[1] + u[1] * 0.6 + r[1] * 0.3, d[2] + u[2] * 0.6 + r[2] * 0.3]);
    for (let tri = 0; tri < body.indices.length / 3; tri++) {
      if (!triangleDrawn(tri)) continue;
      const [a, b, c] = [0, 1, 2].map((k) => v(body.indices[tri * 3 + k]!)) as [Vec3, Vec3, Vec3];
      const n = norm(cross(sub(b, a), sub(c, a)));
      if (dot(n, d) <= 0) continue;
      const centre: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
      if (!inBox(centre)) continue;
      tris.push({ pts: [a, b, c].map((p) => [dot(p, r), dot(p, u)]), depth: dot(centre, d), shade: 0.45 + 0.55 * Math.max(0, dot(n, light)) });
    }
    tris.sort((x, y) => x.depth - y.depth);
    // the page: fit the drawn box into 1000 px
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
    for (const t of tris) for (const [pu, pv] of t.pts) {
      minU = Math.min(minU, pu); maxU = Math.max(maxU, pu); minV = Math.min(minV, pv); maxV = Math.max(maxV, pv);
    }
    const scale = 1000 / Math.max(maxU - minU, maxV - minV, 0.01);
    const W = Math.ceil((maxU - minU) * scale) + 120, H = Math.ceil((maxV - minV) * scale) + 110;
    const X = (pu: number) => 60 + (pu - minU) * scale, Y = (pv: number) => 80 + (maxV - pv) * scale;
    const svg: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, sans-serif">`, `<rect width="100%" height="100%" fill="#f4f5f7"/>`, `<text x="20" y="36" font-size="24" fill="#111">${sheet.title} — ${variant} body</text>`];
    for (const t of tris) {
      const c = (k: number) => Math.round(k * t.shade);
      const fill = `rgb(${c(222)},${c(184)},${c(156)})`;
      svg.push(`<polygon points="${t.pts.map(([pu, pv]) => `${X(pu).toFixed(1)},${Y(pv).toFixed(1)}`).join(' ')}" fill="${fill}" stroke="${fill}" stroke-width="0.6"/>`);
    }
    const project = (p: Vec3): [number, number] => [X(dot(p, r)), Y(dot(p, u))];
    const visible = (p: Vec3, n: Vec3) => {
      if (dot(n, d) < 0.05) return false;
      const start: Vec3 = [p[0] + n[0] * 0.003, p[1] + n[1] * 0.003, p[2] + n[2] * 0.003];
      return !castRay(ctx.index, start, d, 2, triangleDrawn);
    };
    // the names placed so far ([x, y, width] of each), so a new one goes where none sits
    const labels: [number, number, number][] = [];
    const free = (x: number, y: number, width: number) => !labels.some(([lx, ly, lw]) => x < lx + lw && lx < x + width && Math.abs(y - ly) < 12);
    if (sheet.scalp) {
      // a line is drawn where the viewer sees it: runs of points not hidden behind the head
      const seenPoint = (p: Vec3) => inBox(p) && !castRay(ctx.index, [p[0] + d[0] * 0.004, p[1] + d[1] * 0.004, p[2] + d[2] * 0.004], d, 2, triangleDrawn);
      const line = (pts: Vec3[], colour: string, width: number) => {
        let run: Vec3[] = [];
        const flush = () => {
          if (run.length > 1) svg.push(`<polyline points="${run.map((p) => project(p).map((x) => x.toFixed(1)).join(',')).join(' ')}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`);
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
      // each zone named once per side, beside a seen part of its line, where no other name sits
      // (the WHO lines first: a Jiao area's name must not cover a line's)
      for (const z of [...scalpZones].sort((a, b) => (a.system === b.system ? 0 : a.system === 'who-scalp' ? -1 : 1))) {
        if (z.side === 'right' && sheet.toward === left) continue;
        const s = z.strokes[0] ?? [];
        const seen = [0.5, 0.3, 0.7, 0.15, 0.85, 0, 1].map((t) => s[Math.round(t * (s.length - 1))]).filter((p): p is Vec3 => !!p && seenPoint(p));
        const width = z.id.length * 7.5;
        const spots = seen.flatMap((p) => {
          const [px, py] = project(p);
          return [[px + 5, py - 4], [px - 5 - width, py - 4], [px + 5, py + 12], [px - 5 - width, py + 12]] as [number, number][];
        });
        const spot = spots.find(([x, y]) => free(x, y, width)) ?? spots[0];
        if (!spot) continue;
        labels.push([spot[0], spot[1], width]);
        svg.push(`<text x="${spot[0].toFixed(1)}" y="${spot[1].toFixed(1)}" font-size="13" fill="${z.system === 'who-scalp' ? '#1d4ed8' : '#b91c1c'}" stroke="#fff" stroke-width="3" paint-order="stroke">${z.id}</text>`);
      }
    }
    for (const l of atlas.locations) {
      if (!inBox(l.position) || !visible(l.position, l.normal)) continue;
      if (sheet.leftOnly && l.side === 'right') continue;
      // only the points on the parts drawn (the arm's points are on the arm sheets)
      if (!l.vertices.some((i) => sheet.parts.includes(parts[i] as Part))) continue;
      const [px, py] = project(l.position);
      const colour = channelInfo[channelOfCode(l.code)].color;
      svg.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="5" fill="${colour}" stroke="#111" stroke-width="1"/>`);
      // on the sheets that show both sides, the right side's points are drawn but named on the left only
      if (!sheet.leftOnly && l.side === 'right') continue;
      const name = `${l.code}${(data.points.get(l.code)?.members?.length ?? 0) > 1 ? `#${l.index}` : ''}`;
      const width = name.length * 7;
      // the first free place beside the dot (right, left, above, below), else the right
      const spots: [number, number][] = [[px + 7, py + 4], [px - 7 - width, py + 4], [px + 7, py - 9], [px - 7 - width, py - 9], [px + 7, py + 15], [px - 7 - width, py + 15]];
      const [lx, ly] = spots.find(([x, y]) => free(x, y, width)) ?? spots[0]!;
      labels.push([lx, ly, width]);
      svg.push(`<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="12" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">${name}</text>`);
    }
    svg.push('</svg>');
    const file = `${outDir}/${variant}-${sheet.id}.svg`;
    writeFileSync(file, svg.join('\n'));
    written.push(file);
  }
}
// the ear chart (the same for both bodies): the lateral face's parts and zones, every point named
{
  const earFile = `${root}assets/generated/ear.json`;
  if (existsSync(earFile)) {
    type Ring = [number, number][];
    const ear = JSON.parse(readFileSync(earFile, 'utf8')) as {
      outline: Ring; meatus: Ring;
      parts: { id: string; face: string; ring: Ring }[];
      zones: { id: string; face: string; rings: Ring[] }[];
      points: { id: string; system: string; face: string; uv: [number, number] }[];
    };
    const S = 1000, X = (u: number) => 60 + u * S, Y = (v: number) => 80 + v * S;
    const poly = (ring: Ring, fill: string, stroke: string, width: number) => `<polygon points="${ring.map(([u, w]) => `${X(u).toFixed(1)},${Y(w).toFixed(1)}`).join(' ')}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`;
    const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${S + 120}" height="${S + 110}" viewBox="0 0 ${S + 120} ${S + 110}" font-family="DejaVu Sans, sans-serif">`, `<rect width="100%" height="100%" fill="#f4f5f7"/>`, `<text x="20" y="36" font-size="24" fill="#111">Ear chart, lateral face: parts (brown), zones (grey), GB/T 13734 points (blue), Nogier (red)</text>`];
    svg.push(poly(ear.outline, 'rgb(222,184,156)', '#6b4f3a', 2));
    for (const part of ear.parts.filter((x) => x.face === 'lateral')) svg.push(poly(part.ring, 'none', '#6b4f3a', 2));
    for (const z of ear.zones.filter((x) => x.face === 'lateral')) for (const ring of z.rings) svg.push(poly(ring, 'none', '#888', 0.8));
    svg.push(poly(ear.meatus, '#3b2a1e', '#3b2a1e', 1));
    const placed: [number, number, number][] = [];
    for (const pt of ear.points.filter((x) => x.face === 'lateral')) {
      const px = X(pt.uv[0]), py = Y(pt.uv[1]);
      const colour = pt.system === 'nogier' ? '#dc2626' : '#1d4ed8';
      svg.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4" fill="${colour}" stroke="#111" stroke-width="0.8"/>`);
      const width = pt.id.length * 7;
      const spots: [number, number][] = [[px + 6, py + 4], [px - 6 - width, py + 4], [px + 6, py - 8], [px - 6 - width, py - 8], [px + 6, py + 15], [px - 6 - width, py + 15]];
      const [lx, ly] = spots.find(([x, y]) => !placed.some(([a, b, w]) => x < a + w && a < x + width && Math.abs(y - b) < 11)) ?? spots[0]!;
      placed.push([lx, ly, width]);
      svg.push(`<text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" font-size="11" fill="${colour}" stroke="#fff" stroke-width="3" paint-order="stroke">${pt.id}</text>`);
    }
    svg.push('</svg>');
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
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
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
