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
import { atlasRecords, earAtlasFrom, loadAtlasData } from './atlasData.ts';
import { exportSections } from '../systems/catalogue.ts';
import { buildBody } from './body.ts';
import { vertexParts } from './regions.ts';
import { locationDermatome, vertexDermatomes } from './dermatomes.ts';
import { measureBody } from './measure.ts';

export async function exportAtlas(root: string, variant: BodyVariantId) {
  const data = loadAtlasData(root);
  if (data.problems.length > 0) throw new Error(`the data has ${data.problems.length} problem(s); run npm run check:data`);
  const body = buildBody(variant);
  const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const atlas = resolveAtlas(ctx, data.points);
  if (atlas.errors.length > 0) throw new Error(atlas.errors.map((e) => e.message).join('\n'));
  const resolver = new Resolver(ctx, data.points);
  return {
    format: 'acupoint-atlas-export',
    version: 1,
    ...measureBody(body, ctx),
    // each system describes its own part (src/systems/*/domain/system.ts)
    // (the sections are built by code, not read: the type names what they hold for the readers)
    ...((await exportSections({
      records: atlasRecords(data),
      ctx,
      resolver,
      locations: atlas.locations,
      ear: earAtlasFrom(data),
      vertexArea: vertexDermatomes(body, ctx.landmarks),
      locationArea: (l) => locationDermatome(body, ctx.landmarks, l),
    })) as unknown as ExportSections),
  };
}

/** The export's sections as the systems write them (the export test reads them). */
interface ExportSections {
  points: { code: string; channel: string; side: string; index: number; position: Vec3; normal: Vec3; region: string; dermatome: string }[];
  zones: (
    | { id: string; system: string; side: string; polyline: Vec3[]; segments?: unknown }
    | { id: string; system: string; part: string; face: string; piece?: number; polygon: [number, number][] }
    | { id: string; system: 'dermatome'; name: string; source: string; uncertainty: string; vertices: number[]; keyPoints: { side: string; position: Vec3 }[] }
  )[];
  earChart: { space: string; outline: unknown };
  earPoints: { id: string; system: string; zone: string; zones: string[]; face: string; chart: [number, number]; side: string; concept?: string }[];
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
  if (!parsed.success)
    throw new Error(`--${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message} (use --body ${bodyVariantIds.join('|')})`);
  return parsed.data;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const args = parseArgs(process.argv.slice(2));
    const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const json = JSON.stringify(await exportAtlas(root, args.body), null, 1);
    if (args.out) {
      writeFileSync(args.out, json + '\n');
      console.error(`atlas:export: wrote ${args.out}`);
    } else process.stdout.write(json + '\n');
  } catch (e) {
    console.error(`atlas:export: ${(e as Error).message}`);
    process.exit(1);
  }
}
