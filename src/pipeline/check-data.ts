// npm run check:data — validates every data file with zod, checks the references between them,
// and resolves every point's rule on both bodies. Exits non-zero with messages that name the
// file, the record and the field.
import { vertexParts } from './regions.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../domain/data/validate.ts';
import { bodyVariantIds } from '../domain/body/frame.ts';
import { createBodyContext } from '../domain/resolve/bodyContext.ts';
import { Resolver, ResolveError, resolveAtlas } from '../domain/resolve/resolver.ts';
import { placeKeyPoints } from '../systems/dermatomes/domain/keyPoints.ts';
import { loadAtlasData } from './atlasData.ts';
import { buildBody } from './body.ts';
import { cautionProblems } from './cautionChecks.ts';
import { electroCrossingProblems } from '../systems/electro/domain/validate.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let data;
try {
  data = loadAtlasData(root);
} catch (e) {
  console.error(`check:data: ${(e as Error).message}`);
  process.exit(1);
}
const messages = [...data.problems, ...(data.problems.length === 0 ? cautionProblems(data) : [])].map(formatProblem);
if (messages.length === 0) {
  for (const variant of bodyVariantIds) {
    const body = buildBody(variant);
    const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
    const atlas = resolveAtlas(ctx, data.points);
    // electro-acupuncture: no pair's current crosses the chest or the spinal cord on this body
    const umbilicus = ctx.landmarks.get('umbilicus');
    if (data.electro && umbilicus)
      messages.push(...electroCrossingProblems(data.electro, atlas.locations, data.points, umbilicus.position[1], variant).map(formatProblem));
    for (const e of atlas.errors)
      messages.push(
        `${data.pointFiles.get(e.point) ?? 'data/points'}: ${e.point}: ${e.field}: ${e.message.split(': ').slice(2).join(': ')} (on the ${variant} body)`,
      );
    // the ISNCSCI key sensory points of the dermatome map are placed by rules too
    try {
      placeKeyPoints(new Resolver(ctx, data.points), data.dermatomes);
    } catch (e) {
      if (!(e instanceof ResolveError)) throw e;
      messages.push(`data/dermatomes/dermatomes.json: ${e.point}: ${e.field}: ${e.message.split(': ').slice(2).join(': ')} (on the ${variant} body)`);
    }
  }
}
for (const m of messages) console.error(m);
const locations = data.points.size;
console.log(
  messages.length === 0
    ? `check:data: ok — ${locations} point records, ${data.landmarks.length} landmarks, ${data.spans.length} cun spans, ${data.conditions.length} conditions, ${data.regions.length} regions; every rule resolves on ${bodyVariantIds.join(' and ')}`
    : `check:data: ${messages.length} problem(s)`,
);
process.exit(messages.length === 0 ? 0 : 1);
