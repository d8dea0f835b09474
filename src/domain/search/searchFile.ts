// The search's documents (schema first: the types come from here) and generated/search.json, the
// index the build serialises so the browser loads it instead of indexing every record.
import type { AsPlainObject } from 'minisearch';
import { z } from '../schema/zodMini.ts';

const text = z.string();

export const searchDocSchema = z.strictObject({
  /** unique in the index: "<kind>:<code>" */
  id: text,
  /** the registry's system the item belongs to ('points', 'scalp', 'ear'); '' for a condition */
  owner: text,
  /** what it is: 'point', 'scalp-line', 'ear-point', 'protocol'... (each system names its own); 'condition' is the search's */
  kind: text,
  code: text,
  title: text,
  names: text,
  hanzi: text,
  conditions: text,
  region: text,
  /** condition ids the item is used for */
  conditionIds: z.array(text),
  regionId: text,
  channel: text,
  categories: z.array(text),
  pregnancyCaution: z.boolean(),
  /** the catalogue it is in, for the "system" filter ('who-2008', 'nogier'...); '' for a condition */
  system: text,
  /** the nerves a point's anatomy names (src/domain/neuro/nerves.ts ids); left out by items without nerves */
  nerveIds: z.optional(z.array(text)),
  /** the spinal segments or trigeminal areas it lies in or is ("C6 L5"): a point is found by its dermatome */
  segment: z.optional(text),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

/** A document as a system gives it: with the codes that find it exactly ("BL23", "GV29" for EX-HN3). */
export const searchDocumentSchema = z.extend(searchDocSchema, { keys: z.array(text) });
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** MiniSearch's serialised index: its shape is MiniSearch's; checked for the fields it cannot do without. */
const serialisedIndex = z.custom<AsPlainObject>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { documentCount?: unknown }).documentCount === 'number' &&
    Array.isArray((v as { index?: unknown }).index),
  'not a serialised MiniSearch index (documentCount and index expected)',
);

export const searchFileSchema = z.strictObject({
  format: z.literal('atlas-search'),
  version: z.literal(1),
  documents: z.array(searchDocumentSchema),
  index: serialisedIndex,
});
export type SearchFile = z.infer<typeof searchFileSchema>;
