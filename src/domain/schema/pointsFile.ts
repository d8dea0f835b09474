// generated/points.json: every point record and the condition vocabulary, validated in full by the
// build (npm run check:data's schemas) and written without the placement rules. The browser checks
// only the shape it reads, so a file from an older build or a broken download is named with its
// field, without re-validating 400 records on every visit.
import { z } from './zodMini.ts';
import type { AtlasPointRecord } from './points.ts';
import type { Condition } from './vocabulary.ts';

const words = z.string().check(z.minLength(1));
const pointShape = z.looseObject({
  code: words,
  channel: z.nullable(z.string()),
  pinyin: words,
  english: words,
  hanzi: z.looseObject({ traditional: words, simplified: words }),
  laterality: z.enum(['bilateral', 'midline']),
  region: words,
  location: words,
  indications: z.array(z.string()),
  cautions: z.array(z.looseObject({ kind: words })),
  categories: z.array(z.looseObject({ kind: words })),
});
const conditionShape = z.looseObject({ id: words, name: words, synonyms: z.array(z.string()), links: z.array(z.looseObject({ ref: words })) });

export const pointsFileSchema = z.object({
  format: z.literal('atlas-points'),
  version: z.literal(1),
  // the build validated every field: the shape checked here is what the browser reads first
  points: z.pipe(
    z.array(pointShape),
    z.transform((points) => points as unknown as AtlasPointRecord[]),
  ),
  conditions: z.pipe(
    z.array(conditionShape),
    z.transform((conditions) => conditions as unknown as Condition[]),
  ),
});
