// Re-derives the landmarks an anatomical audit found misplaced (src/pipeline/deriveLandmarks.ts)
// and writes them into data/body/landmarks.json:
//   npx tsx scripts/derive-landmarks.ts [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { landmarkFileSchema, type Landmark } from '../src/domain/body/landmarks.ts';
import { deriveLandmarks } from '../src/pipeline/deriveLandmarks.ts';

const file = fileURLToPath(new URL('../data/body/landmarks.json', import.meta.url));
const raw = JSON.parse(readFileSync(file, 'utf8')) as { source: string; landmarks: Landmark[] };
const derived = new Map(deriveLandmarks(landmarkFileSchema.parse(raw).landmarks).map((d) => [d.id, d]));
for (const lm of raw.landmarks) {
  const d = derived.get(lm.id);
  if (!d) continue;
  console.log(
    `${lm.id.padEnd(28)} off its target by ${(d.offTarget.male * 100).toFixed(1)} cm (male), ${(d.offTarget.female * 100).toFixed(1)} cm (female)${d.variants ? ': defined on each body' : ''}`,
  );
  lm.description = d.description;
  lm.definition = d.definition;
  if (d.variants) lm.variants = d.variants;
  else delete lm.variants;
  derived.delete(lm.id);
}
if (derived.size) throw new Error(`derived landmarks missing from the data: ${[...derived.keys()].join(', ')}`);
if (process.argv.includes('--write')) {
  writeFileSync(file, `${JSON.stringify(raw, null, 1)}\n`);
  console.log('wrote data/body/landmarks.json');
}
