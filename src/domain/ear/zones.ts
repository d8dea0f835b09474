// The zones of GB/T 13734-2008, made the way the standard makes them: each part of the auricle is
// divided by fractions of its own length and breadth, and the concha by the standard's
// construction points A, B, C, D and the curves AB and BC. Parts are Coons patches (patch.ts) so a
// division "into three equal parts from below upward" follows the curve of the part.
import type { EarChartData } from '../schema/ear.ts';
import { bezier, ChartCurves, circle, crossingAtLevel, crossingOfLine, halfPlane, nearestOn, ringOf, type Face } from './chart.ts';
import { coons, matchedSides, type Patch } from './patch.ts';
import { area, centroid, distanceToRing, dot2, intersect, lerp2, normalize2, Path, sub2, subtract, type P2, type Ring } from './plane.ts';

export type EarPartId =
  | 'helix'
  | 'helix-crus'
  | 'scapha'
  | 'superior-crus'
  | 'inferior-crus'
  | 'antihelix'
  | 'triangular-fossa'
  | 'tragus'
  | 'tragus-medial'
  | 'antitragus'
  | 'antitragus-medial'
  | 'concha'
  | 'lobe'
  | 'posterior-surface'
  | 'ear-root';

export interface EarZone {
  id: string;
  part: EarPartId;
  face: Face;
  /** one ring, or two for the lung (the trachea zone runs between its upper and lower parts) */
  rings: Ring[];
  /** the zone's own coordinates: t along the part's division, s across, both 0..1 */
  local?: (t: number, s: number) => P2;
}

export interface EarPart {
  id: EarPartId;
  face: Face;
  ring: Ring;
}

export interface EarMap {
  curves: ChartCurves;
  /** the lateral outline of the auricle */
  outline: Ring;
  meatus: Ring;
  parts: EarPart[];
  zones: EarZone[];
  /** the groove on the back of the ear behind the antihelix and its crura (PS) */
  posteriorGroove: Path;
}

export function buildEarMap(data: EarChartData): EarMap {
  const k = new ChartCurves(data);
  const zones: EarZone[] = [];
  const parts: EarPart[] = [];
  const P = (n: string) => k.point(n);
  const line = (a: P2 | string, b: P2 | string) => k.line(a, b);
  const dot = (n: string | P2) => k.pointPath(n);
  const addPatchZones = (part: EarPartId, face: Face, patch: Patch, cells: Cell[]) => pushPatchZones(zones, part, face, patch, cells);
  const addPart = (id: EarPartId, face: Face, ring: Ring) => parts.push({ id, face, ring });

  // ---- Helix (HX2-12) and helix crus (HX1) ----
  const helixOuter = k.curve('helixOuter');
  const helixInner = k.curve('helixInner');
  const apex = helixOuter.points.reduce((best, p) => (p[1] < best[1] ? p : best));
  k.define('earApex', apex);
  // Knots where the standard's divisions fall: the upper edge of the inferior crus, the front edge
  // of the superior crus, the ear apex, and the upper and lower edges of the helix tubercle.
  const helix = matchedSides(helixOuter, helixInner, [P('inferiorCrusUpperFront'), P('superiorCrusTopFront'), apex, P('tubercleUpper'), P('tubercleLower')]);
  const [kIc, kSc, kApex, kTu, kTl] = helix.knotT as [number, number, number, number, number];
  const helixPatch = coons(helix.a, helix.b, line('helixRoot', 'crusNotch'), line('helixLobeNotchOuter', 'helixLobeNotchInner'));
  const quarter = (1 - kTl) / 4;
  addPatchZones('helix', 'lateral', helixPatch, [
    // crus notch to the upper edge of the inferior crus: three equal parts, from below upward
    ['HX2', 0, kIc / 3, 0, 1],
    ['HX3', kIc / 3, (2 * kIc) / 3, 0, 1],
    ['HX4', (2 * kIc) / 3, kIc, 0, 1],
    ['HX5', kIc, kSc, 0, 1],
    ['HX6', kSc, kApex, 0, 1],
    ['HX7', kApex, kTu, 0, 1],
    ['HX8', kTu, kTl, 0, 1],
    // lower edge of the tubercle to the helix-lobe notch: four equal parts, from above downward
    ['HX9', kTl, kTl + quarter, 0, 1],
    ['HX10', kTl + quarter, kTl + 2 * quarter, 0, 1],
    ['HX11', kTl + 2 * quarter, kTl + 3 * quarter, 0, 1],
    ['HX12', kTl + 3 * quarter, 1, 0, 1],
  ]);
  addPart('helix', 'lateral', helixPatch.rect(0, 1, 0, 1, 96));
  const crusPatch = coons(k.curve('crusUpper'), k.curve('crusLower'), line('crusNotch', 'helixRoot').then(line('helixRoot', 'crusFrontLower')), dot('crusEnd'));
  addPatchZones('helix-crus', 'lateral', crusPatch, [['HX1', 0, 1, 0, 1]]);
  addPart('helix-crus', 'lateral', crusPatch.rect(0, 1, 0, 1, 48));

  // ---- Scapha (SF1-6): six equal parts from above downward ----
  const scaphaPatch = coons(
    k.span('helixInner', 'superiorCrusTopBack', 'helixLobeNotchInner', 64),
    k.curve('superiorCrusBack').then(k.curve('antihelixBack'), line('antitragalNotchBack', 'antitragusBackLower')),
    dot('superiorCrusTopBack'),
    line('helixLobeNotchInner', 'antitragusBackLower'),
  );
  addPatchZones(
    'scapha',
    'lateral',
    scaphaPatch,
    Array.from({ length: 6 }, (_, i): Cell => [`SF${i + 1}`, i / 6, (i + 1) / 6, 0, 1]),
  );
  addPart('scapha', 'lateral', scaphaPatch.rect(0, 1, 0, 1, 64));

  // ---- Antihelix: superior crus (AH1-5), inferior crus (AH6-7), body (AH8-13) ----
  const superiorCrus = coons(
    k.curve('superiorCrusBack'),
    k.curve('superiorCrusFront'),
    k.span('helixInner', 'superiorCrusTopBack', 'superiorCrusTopFront'),
    line('bifurcationBack', 'fossaApex'),
  );
  addPatchZones('superior-crus', 'lateral', superiorCrus, [
    // upper, middle, lower thirds; the upper third halved (below: ankle), its upper half split back (toes) and front (heel)
    ['AH2', 0, 1 / 6, 0, 0.5],
    ['AH1', 0, 1 / 6, 0.5, 1],
    ['AH3', 1 / 6, 1 / 3, 0, 1],
    ['AH4', 1 / 3, 2 / 3, 0, 1],
    ['AH5', 2 / 3, 1, 0, 1],
  ]);
  addPart('superior-crus', 'lateral', superiorCrus.rect(0, 1, 0, 1, 48));
  const inferiorCrus = coons(
    k.curve('inferiorCrusUpper'),
    k.curve('inferiorCrusLower'),
    k.span('helixInner', 'inferiorCrusUpperFront', 'inferiorCrusLowerFront'),
    line('fossaApex', 'bifurcationFront'),
  );
  // front, middle and back thirds: the front two thirds AH6, the back third AH7
  addPatchZones('inferior-crus', 'lateral', inferiorCrus, [
    ['AH6', 0, 2 / 3, 0, 1],
    ['AH7', 2 / 3, 1, 0, 1],
  ]);
  addPart('inferior-crus', 'lateral', inferiorCrus.rect(0, 1, 0, 1, 48));
  const body = coons(
    k.curve('antihelixBack'),
    line('fossaApex', 'bifurcationFront').then(k.curve('antihelixFront')),
    line('bifurcationBack', 'fossaApex'),
    line('antitragalNotchBack', 'antitragalNotchFront'),
  );
  // fork to the antitragal notch in five parts (upper 2/5, middle 2/5, lower 1/5); across, the
  // quarter along the concha edge (front) and the three quarters behind it
  addPatchZones('antihelix', 'lateral', body, [
    ['AH9', 0, 0.4, 0, 0.75],
    ['AH8', 0, 0.4, 0.75, 1],
    ['AH11', 0.4, 0.8, 0, 0.75],
    ['AH10', 0.4, 0.8, 0.75, 1],
    ['AH13', 0.8, 1, 0, 0.75],
    ['AH12', 0.8, 1, 0.75, 1],
  ]);
  addPart('antihelix', 'lateral', body.rect(0, 1, 0, 1, 64));

  // ---- Triangular fossa (TF1-5): front, middle and back thirds from the helix to the fork ----
  const fossa = coons(
    k.curve('superiorCrusFront'),
    k.curve('inferiorCrusUpper'),
    k.span('helixInner', 'superiorCrusTopFront', 'inferiorCrusUpperFront'),
    dot('fossaApex'),
  );
  addPatchZones('triangular-fossa', 'lateral', fossa, [
    ['TF1', 0, 1 / 3, 0, 1 / 3],
    ['TF2', 0, 1 / 3, 1 / 3, 1],
    ['TF3', 1 / 3, 2 / 3, 0, 1],
    ['TF4', 2 / 3, 1, 0, 0.5],
    ['TF5', 2 / 3, 1, 0.5, 1],
  ]);
  addPart('triangular-fossa', 'lateral', fossa.rect(0, 1, 0, 1, 48));

  // ---- Tragus: lateral face upper and lower halves (TG1, TG2), medial face (TG3, TG4) ----
  const tragus = coons(
    k.curve('tragusFront'),
    line('crusFrontLower', 'tragusTop').then(k.curve('tragusFree')),
    line('helixRoot', 'crusFrontLower'),
    line('tragusFrontLower', 'intertragicNotch'),
  );
  addPatchZones('tragus', 'lateral', tragus, [
    ['TG1', 0, 0.5, 0, 1],
    ['TG2', 0.5, 1, 0, 1],
  ]);
  addPart('tragus', 'lateral', tragus.rect(0, 1, 0, 1, 48));
  const tragusMedial = coons(k.curve('tragusFree'), k.curve('tragusInner'));
  addPatchZones('tragus-medial', 'medial', tragusMedial, [
    ['TG3', 0, 0.5, 0, 1],
    ['TG4', 0.5, 1, 0, 1],
  ]);
  addPart('tragus-medial', 'medial', tragusMedial.rect(0, 1, 0, 1, 48));

  // ---- Antitragus: lines from its apex and from the middle of apex-to-notch, perpendicular to the
  // lobe line, divide the lateral face into front, middle and back (AT1-3); its medial face is AT4.
  const antitragusRing = ringOf(
    k.curve('antitragusEdge').reversed(),
    line('antitragalNotchFront', 'antitragalNotchBack'),
    line('antitragalNotchBack', 'antitragusBackLower'),
    k.span('lobeLine', 'antitragusBackLower', 'intertragicNotch'),
  );
  addPart('antitragus', 'lateral', antitragusRing);
  const lobeDir = sub2(P('helixLobeNotchOuter'), P('intertragicNotch')); // toward the back of the ear
  const perpendicular: P2 = [-lobeDir[1], lobeDir[0]];
  const apexCut = P('antitragusApex');
  const midCut = lerp2(P('antitragusApex'), P('antitragalNotchFront'), 0.5);
  // the half-planes in front of a cut (toward the intertragic notch) and behind it
  const notchOnPositiveSide = dot2(sub2(P('intertragicNotch'), apexCut), lobeDir) < 0;
  const frontOf = (p: P2) => halfPlane(p, perpendicular, notchOnPositiveSide);
  const backOf = (p: P2) => halfPlane(p, perpendicular, !notchOnPositiveSide);
  zones.push({ id: 'AT1', part: 'antitragus', face: 'lateral', rings: intersect(antitragusRing, frontOf(apexCut)) });
  zones.push({
    id: 'AT2',
    part: 'antitragus',
    face: 'lateral',
    rings: intersect(antitragusRing, backOf(apexCut)).flatMap((r) => intersect(r, frontOf(midCut))),
  });
  zones.push({ id: 'AT3', part: 'antitragus', face: 'lateral', rings: intersect(antitragusRing, backOf(midCut)) });
  const midOnEdge = crossingOfLine(k.curve('antitragusEdge'), midCut, perpendicular) ?? midCut;
  k.define('antitragusCentralRim', midOnEdge);
  const antitragusMedial = coons(k.curve('antitragusEdge'), k.curve('antitragusInner'));
  addPatchZones('antitragus-medial', 'medial', antitragusMedial, [['AT4', 0, 1, 0, 1]]);
  addPart('antitragus-medial', 'medial', antitragusMedial.rect(0, 1, 0, 1, 48));

  // ---- Concha (CO1-18) ----
  buildConcha(k, zones, addPart);

  // ---- Lobe (LO1-9): two lines parallel to the lobe line at equal spacing down to its lowest
  // point, and two lines dividing the upper parallel in three, give nine areas front to back.
  const lobeRing = ringOf(k.curve('lobeLine'), k.curve('lobeOutline'), line('lobeFront', 'tragusFrontLower'), line('tragusFrontLower', 'intertragicNotch'));
  addPart('lobe', 'lateral', lobeRing);
  const origin = P('intertragicNotch');
  const along = normalize2(lobeDir);
  const across: P2 = [-along[1], along[0]];
  const downward: P2 = across[1] > 0 ? across : [-across[0], -across[1]];
  const depth = Math.max(...lobeRing.map((p) => dot2(sub2(p, origin), downward)));
  const upperParallel = depth / 3;
  const crossings = edgeCrossings(lobeRing, origin, downward, upperParallel).map((p) => dot2(sub2(p, origin), along));
  const frontmost = Math.min(...crossings),
    backmost = Math.max(...crossings);
  const rows = [-1, depth / 3, (2 * depth) / 3, 2];
  const cols = [-2, frontmost + (backmost - frontmost) / 3, frontmost + (2 * (backmost - frontmost)) / 3, 2];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      const cell: Ring = [
        [origin[0] + along[0] * cols[c]! + downward[0] * rows[r]!, origin[1] + along[1] * cols[c]! + downward[1] * rows[r]!],
        [origin[0] + along[0] * cols[c + 1]! + downward[0] * rows[r]!, origin[1] + along[1] * cols[c + 1]! + downward[1] * rows[r]!],
        [origin[0] + along[0] * cols[c + 1]! + downward[0] * rows[r + 1]!, origin[1] + along[1] * cols[c + 1]! + downward[1] * rows[r + 1]!],
        [origin[0] + along[0] * cols[c]! + downward[0] * rows[r + 1]!, origin[1] + along[1] * cols[c]! + downward[1] * rows[r + 1]!],
      ];
      zones.push({ id: `LO${r * 3 + c + 1}`, part: 'lobe', face: 'lateral', rings: intersect(lobeRing, cell) });
    }
  }

  // ---- Outline, meatus ----
  const outline = ringOf(helixOuter, k.curve('lobeOutline'), line('lobeFront', 'tragusFrontLower'), k.curve('tragusFront').reversed());
  const meatus = ringOf(k.curve('meatusRim'), k.span('tragusInner', 'meatusBottom', 'meatusTop'));

  // ---- Back of the ear: the posterior surface (P1-5) and the ear root (R1-3) ----
  // The ear root is the narrow strip of the auricle along its attachment to the head; the
  // posterior surface is the rest of the back, behind it.
  const root = k.curve('earRoot');
  const rootWidth = 0.035;
  const rootInner = new Path(root.points.map((p) => [p[0] - rootWidth, p[1]] as P2));
  const behindRoot: Ring = [[rootInner.start[0], -1], ...rootInner.points, [rootInner.end[0], 2], [-1, 2], [-1, -1]];
  const back = intersect(outline, behindRoot)[0] ?? [];
  addPart('posterior-surface', 'posterior', back);
  // horizontal lines at the back of the fork of the crura and of the antitragal notch give upper,
  // middle and lower parts; the middle is split into inner, middle and outer thirds.
  const v1 = P('fossaApex')[1],
    v2 = P('antitragalNotchFront')[1];
  zones.push({
    id: 'P1',
    part: 'posterior-surface',
    face: 'posterior',
    rings: intersect(back, [
      [-1, -1],
      [2, -1],
      [2, v1],
      [-1, v1],
    ]),
  });
  const backRim = k.span('helixOuter', 'earApex', 'helixLobeNotchOuter', 96);
  const rootAt = (t: number): P2 => crossingAtLevel(rootInner, v1 + (v2 - v1) * t) ?? rootInner.start;
  const rimAt = (t: number): P2 => crossingAtLevel(backRim, v1 + (v2 - v1) * t) ?? backRim.start;
  const middle = coons(rootAt, rimAt);
  addPatchZones('posterior-surface', 'posterior', middle, [
    ['P2', 0, 1, 0, 1 / 3],
    ['P3', 0, 1, 1 / 3, 2 / 3],
    ['P4', 0, 1, 2 / 3, 1],
  ]);
  zones.push({
    id: 'P5',
    part: 'posterior-surface',
    face: 'posterior',
    rings: intersect(back, [
      [-1, v2],
      [2, v2],
      [2, 2],
      [-1, 2],
    ]),
  });
  const rootBand = intersect(outline, ringOf(root, rootInner.reversed()))[0] ?? [];
  addPart('ear-root', 'root', rootBand);
  // upper, middle and lower thirds of the attachment: upper root, the root of the ear vagus (at the
  // level of the crus), lower root
  const rv = rootBand.map((p) => p[1]);
  const [top, bottom] = [Math.min(...rv), Math.max(...rv)];
  const level = (f: number) => top + (bottom - top) * f;
  (
    [
      ['R1', -1, level(1 / 3)],
      ['R2', level(1 / 3), level(2 / 3)],
      ['R3', level(2 / 3), 2],
    ] as const
  ).forEach(([id, a, b]) =>
    zones.push({
      id,
      part: 'ear-root',
      face: 'root',
      rings: intersect(rootBand, [
        [-1, a],
        [2, a],
        [2, b],
        [-1, b],
      ]),
    }),
  );
  // the groove behind the antihelix: the middle line of the antihelix body and superior crus
  const posteriorGroove = new Path(Array.from({ length: 25 }, (_, i) => (i <= 12 ? superiorCrus.at(i / 12, 0.5) : body.at((i - 12) / 12, 0.5))));

  return { curves: k, outline, meatus, parts, zones, posteriorGroove };
}

function buildConcha(k: ChartCurves, zones: EarZone[], addPart: (id: EarPartId, face: Face, ring: Ring) => void) {
  const P = (n: string) => k.point(n);
  const line = (a: P2 | string, b: P2 | string) => k.line(a, b);
  const push = (id: string, rings: Ring[]) => zones.push({ id, part: 'concha', face: 'lateral', rings });
  const patchZones = (patch: Patch, cells: Cell[]) => pushPatchZones(zones, 'concha', 'lateral', patch, cells);

  const E = P('crusEnd');
  // D: the horizontal line back from the end of the crus meets the concha edge of the antihelix
  const D = k.define('conchaD', crossingAtLevel(k.curve('antihelixFront'), E[1]) ?? P('antitragalNotchFront'));
  // B: where the middle and back thirds of E-D meet
  const B = k.define('conchaB', lerp2(E, D, 2 / 3));
  // A: on the helix's inner edge, where the middle and upper thirds of crus notch to inferior crus meet
  const helixInner = k.curve('helixInner');
  const fN = helixInner.nearestFraction(P('crusNotch')),
    fI = helixInner.nearestFraction(P('inferiorCrusLowerFront'));
  const A = k.define('conchaA', helixInner.at(fN + ((fI - fN) * 2) / 3));
  // C: on the back rim of the ear canal's opening, a quarter of the way down
  const C = k.define('conchaC', k.curve('meatusRim').at(0.25));
  // AB follows the arc of the antihelix's cymba edge; BC follows the arc of the crus's lower edge
  const roof = k.curve('inferiorCrusLower').then(k.span('antihelixFront', 'bifurcationFront', D));
  const midAB = lerp2(A, B, 0.5);
  const AB = bezier(A, lerp2(midAB, nearestOn(roof, midAB), 0.5), B);
  const crusLower = k.curve('crusLower');
  const sag = sub2(crusLower.at(0.5), lerp2(crusLower.start, crusLower.end, 0.5));
  const midBC = lerp2(B, C, 0.5);
  const BC = bezier(B, [midBC[0] + 2 * sag[0], midBC[1] + 2 * sag[1]], C);
  const Xab = k.define('conchaAboveCrusEnd', nearestOn(AB, E));
  const Xbc = k.define('conchaBelowCrusEnd', nearestOn(BC, E));
  const fXab = AB.nearestFraction(Xab),
    fXbc = BC.nearestFraction(Xbc);

  const conchaRing = ringOf(
    k.span('helixInner', 'crusNotch', 'inferiorCrusLowerFront'),
    k.curve('inferiorCrusLower'),
    k.curve('antihelixFront'),
    k.curve('antitragusInner'),
    k.span('tragusInner', 'intertragicNotch', 'meatusBottom'),
    k.curve('meatusRim').reversed(),
    k.span('tragusInner', 'meatusTop', 'tragusTop'),
    line('tragusTop', 'crusFrontLower'),
    k.curve('crusLower'),
    k.curve('crusUpper').reversed(),
  );
  addPart('concha', 'lateral', conchaRing);

  // CO5-7: between the front stretch of AB and the crus's upper edge, thirds from the back (CO5) to the front (CO7)
  const upperStrip = coons(k.curve('crusUpper'), k.span('helixInner', 'crusNotch', A).then(AB.between(0, fXab)), undefined, line(E, Xab));
  patchZones(upperStrip, [
    ['CO7', 0, 1 / 3, 0, 1],
    ['CO6', 1 / 3, 2 / 3, 0, 1],
    ['CO5', 2 / 3, 1, 0, 1],
  ]);
  // CO4: around the end of the crus, in front of the line A-B-C
  push('CO4', [ringOf(line(E, Xab), AB.between(fXab, 1), BC.between(0, fXbc), line(Xbc, E))]);
  // CO1-3: between the front stretch of BC and the crus's lower edge, thirds from the front (CO1)
  const frontEdge = line('crusFrontLower', 'tragusTop').then(k.span('tragusInner', 'tragusTop', 'meatusTop'), k.curve('meatusRim').between(0, 0.25));
  const lowerStrip = coons(crusLower, BC.between(1, fXbc), frontEdge, line(E, Xbc));
  patchZones(lowerStrip, [
    ['CO1', 0, 1 / 3, 0, 1],
    ['CO2', 1 / 3, 2 / 3, 0, 1],
    ['CO3', 2 / 3, 1, 0, 1],
  ]);
  // CO8: in front of the line from A to the point a third of the way back along the inferior crus's lower edge
  const Q = k.define('conchaInferiorCrusThird', k.curve('inferiorCrusLower').at(1 / 3));
  push('CO8', [ringOf(k.span('helixInner', A, 'inferiorCrusLowerFront'), k.curve('inferiorCrusLower').between(0, 1 / 3), line(Q, A))]);
  // CO9, CO10: between the front stretch of AB and the inferior crus behind CO8, front and back halves
  const Xtop = nearestOn(roof, Xab);
  const fQ = roof.nearestFraction(Q),
    fXtop = roof.nearestFraction(Xtop);
  const cymbaMiddle = coons(AB.between(0, fXab), roof.between(fQ, fXtop), line(A, Q), line(Xab, Xtop));
  patchZones(cymbaMiddle, [
    ['CO9', 0, 0.5, 0, 1],
    ['CO10', 0.5, 1, 0, 1],
  ]);
  // CO11, CO12: the cymba above the back stretch of AB and B-D, behind CO10: upper and lower halves
  const cymbaBack = coons(AB.between(fXab, 1).then(line(B, D)), roof.between(fXtop, 1), line(Xab, Xtop), Path.point(D));
  patchZones(cymbaBack, [
    ['CO12', 0, 1, 0, 0.5],
    ['CO11', 0, 1, 0.5, 1],
  ]);
  // CO13: behind the line from the antitragal notch to B, below B-D
  push('CO13', [ringOf(line(B, D), k.span('antihelixFront', D, 'antitragalNotchFront'), line('antitragalNotchFront', B))]);

  // The rest of the cavum: heart (CO15) a circle at its centre with half the distance to BC as
  // radius; trachea (CO16) between the lines from the circle's top and bottom to the ear canal;
  // below the line from the canal's lowest point to the middle of the antitragus's concha edge,
  // upper half CO17, lower half CO18; the lung (CO14) around them.
  const cavum = ringOf(
    BC.between(1, 0),
    line(B, 'antitragalNotchFront'),
    k.curve('antitragusInner'),
    k.span('tragusInner', 'intertragicNotch', 'meatusBottom'),
    k.curve('meatusRim').between(1, 0.25),
  );
  const lowerLine = line('meatusBottom', k.curve('antitragusInner').at(0.5));
  const lens = coons(
    lowerLine,
    k.span('tragusInner', 'meatusBottom', 'intertragicNotch').then(k.curve('antitragusInner').between(1, 0.5)),
    Path.point(P('meatusBottom')),
    Path.point(k.curve('antitragusInner').at(0.5)),
  );
  const above = subtract(cavum, lens.rect(0, 1, 0, 1, 48));
  const upper = above.reduce((a, b) => (area(b) > area(a) ? b : a));
  const centre = centroid(upper);
  const radius = distanceToRing(BC.points, centre) / 2;
  const heart = circle(centre, radius);
  k.define('conchaCentre', centre);
  const tracheaBand: Ring = [
    [centre[0], centre[1] - radius],
    [2, centre[1] - radius],
    [2, centre[1] + radius],
    [centre[0], centre[1] + radius],
  ];
  const trachea = intersect(upper, tracheaBand).flatMap((r) => subtract(r, heart));
  push('CO15', [heart]);
  push('CO16', trachea);
  patchZones(lens, [
    ['CO17', 0, 1, 0, 0.5],
    ['CO18', 0, 1, 0.5, 1],
  ]);
  push('CO14', subtract(upper, heart, ...trachea));
}

/** A division of a patch: the zone and its rectangle [t0, t1] x [s0, s1]. */
type Cell = [id: string, t0: number, t1: number, s0: number, s1: number];

function pushPatchZones(zones: EarZone[], part: EarPartId, face: Face, patch: Patch, cells: Cell[]) {
  for (const [id, t0, t1, s0, s1] of cells) {
    zones.push({ id, part, face, rings: [patch.rect(t0, t1, s0, s1, 20)], local: (t, s) => patch.at(t0 + (t1 - t0) * t, s0 + (s1 - s0) * s) });
  }
}

/** The points where the ring crosses the line at distance `offset` along `normal` from origin. */
function edgeCrossings(ring: Ring, origin: P2, normal: P2, offset: number): P2[] {
  const out: P2[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!,
      b = ring[(i + 1) % ring.length]!;
    const da = dot2(sub2(a, origin), normal) - offset,
      db = dot2(sub2(b, origin), normal) - offset;
    if (da * db < 0) out.push(lerp2(a, b, da / (da - db)));
  }
  return out;
}
