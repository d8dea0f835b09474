// npm run atlas:export -- [--body male|female] [--out FILE]
// Writes the resolved atlas (format "acupoint-atlas-export", version 1) for other tools: every
// point and side with its position and normal in the body frame, the landmarks, the cun spans
// with their measured lengths, and the zones (filled by the scalp and ear work).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { bodyVariantIds, type BodyVariantId, type Vec3 } from '../domain/body/frame.ts';
import { createBodyContext } from '../domain/resolve/bodyContext.ts';
import { Resolver, resolveAtlas } from '../domain/resolve/resolver.ts';
import { buildJiaoAreas, buildWhoLines } from '../domain/scalp/zones.ts';
import { earAtlasFrom, loadAtlasData } from './atlasData.ts';
import { buildBody } from './body.ts';
import { vertexParts } from './regions.ts';
import { measureBody } from './measure.ts';

const round = (v: Vec3, digits = 5): Vec3 => [+v[0].toFixed(digits), +v[1].toFixed(digits), +v[2].toFixed(digits)];

export function exportAtlas(root: string, variant: BodyVariantId) {
  const data = loadAtlasData(root);
  if (data.problems.length > 0) throw new Error(`the data has ${data.problems.length} problem(s); run npm run check:data`);
  const body = buildBody(variant);
  const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const atlas = resolveAtlas(ctx, data.points);
  if (atlas.errors.length > 0) throw new Error(atlas.errors.map((e) => e.message).join('\n'));
  const resolver = new Resolver(ctx, data.points);
  const scalp = [...buildWhoLines(resolver, data.whoLines), ...buildJiaoAreas(ctx, data.jiaoAreas)];
  const ear = earExport(data);
  return {
    format: 'acupoint-atlas-export',
    version: 1,
    ...measureBody(body, ctx),
    points: atlas.locations.map((l) => {
      const record = data.points.get(l.code);
      return { code: l.code, channel: record?.channel ?? 'EX', side: l.side, index: l.index, position: round(l.position), normal: round(l.normal, 4), region: record?.region ?? '' };
    }),
    zones: [...scalp.flatMap((z) =>
      z.strokes.map((stroke, i) => ({
        id: z.strokes.length > 1 ? `${z.id}#${i + 1}` : z.id,
        system: z.system,
        side: z.side,
        polyline: stroke.map((p) => round(p)),
        ...(z.segments ? { segments: z.segments } : {}),
      })),
    ), ...ear.zones],
    earChart: ear.chart,
    earPoints: ear.earPoints,
  };
}

/** The ear's zones (one entry per polygon; the lung has two) and its points, in chart coordinates. */
function earExport(data: ReturnType<typeof loadAtlasData>) {
  const ear = earAtlasFrom(data);
  return {
    chart: { space: 'right ear, lateral view: u toward the face, v downward, 1 = ear height; left ear = mirror image', outline: ear.outline },
    zones: ear.zones.flatMap((z) =>
      z.rings.map((polygon, i) => ({ id: z.id, system: 'gbt13734-2008', part: z.part, face: z.face, ...(z.rings.length > 1 ? { piece: i + 1 } : {}), polygon })),
    ),
    earPoints: ear.points.map((p) => ({ id: p.id, system: p.system, zone: p.zones[0], zones: p.zones, face: p.face, chart: p.uv, side: p.side, ...(p.concept ? { concept: p.concept } : {}) })),
  };
}

const argsSchema = z.object({ body: z.enum(bodyVariantIds as [BodyVariantId, ...BodyVariantId[]]).default('male'), out: z.string().optional() });

export function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--body' || a === '--out') raw[a.slice(2)] = argv[++i] ?? '';
    else if (a.startsWith('--body=') || a.startsWith('--out=')) raw[a.slice(2, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    else throw new Error(`unknown argument "${a}"; use --body male|female and --out FILE`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`--${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message} (use --body ${bodyVariantIds.join('|')})`);
  return parsed.data;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const json = JSON.stringify(exportAtlas(root, args.body), null, 1);
    if (args.out) {
      writeFileSync(args.out, json + '\n');
      console.error(`atlas:export: wrote ${args.out}`);
    } else process.stdout.write(json + '\n');
  } catch (e) {
    console.error(`atlas:export: ${(e as Error).message}`);
    process.exit(1);
  }
}
