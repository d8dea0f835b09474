// generated/points.json: every point record and the condition vocabulary, validated in full by the
// build (npm run check:data's schemas) and written without the placement rules. The browser checks
// only the shape it reads, so a file from an older build or a broken download is named with its
// field, without re-validating 400 records on every visit.
import { z } from 'zod';
import type { AtlasPointRecord } from './points.ts';
import type { Condition } from './vocabulary.ts';

const words = z.string().min(1);
const pointShape = z.looseObject({
  code: words,
  channel: z.string().nullable(),
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
  points: z.array(pointShape).transform((points) => points as unknown as AtlasPointRecord[]),
  conditions: z.array(conditionShape).transform((conditions) => conditions as unknown as Condition[]),
});
