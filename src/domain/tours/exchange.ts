// The file an educator exports tours to and imports them from:
// { "format": "acupoint-atlas-tours", "version": 1, "tours": [...] }. Read with zod; every problem
// names the tour, the step and the field, and a step whose item the atlas does not have is named,
// never dropped (nothing is imported from a file with a problem).
import { z } from '../schema/zodMini.ts';
import { issueText, unknownTourItems, type KnownTourItems } from './errors.ts';
import { tourSchema, type Tour } from './schema.ts';

export const toursFileFormat = 'acupoint-atlas-tours';
export const toursFileVersion = 1;

export const toursFileSchema = z.strictObject({
  format: z.literal(toursFileFormat),
  version: z.literal(toursFileVersion),
  tours: z.array(tourSchema).check(z.maxLength(200)),
});
export type ToursFile = z.infer<typeof toursFileSchema>;

/** The file of some tours, as written. */
export function toursFile(tours: readonly Tour[]): ToursFile {
  return { format: toursFileFormat, version: toursFileVersion, tours: [...tours] };
}

export type ToursFileRead = { ok: true; tours: Tour[] } | { ok: false; errors: string[] };

/** Reads a tours file's text: its tours, or every problem in words (at most 20). */
export function readToursFile(text: string, known: KnownTourItems): ToursFileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['the file is not JSON (was it saved by the atlas\'s "Export tours"?)'] };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== toursFileFormat) return { ok: false, errors: [`the file is not a tours file of the atlas (its "format" must be "${toursFileFormat}")`] };
  const version = (raw as { version?: unknown }).version;
  if (version !== toursFileVersion)
    return { ok: false, errors: [`the file's version must be ${toursFileVersion} (a file from a newer atlas cannot be read here)`] };
  const parsed = toursFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => issueText(i, raw, true)))].slice(0, 20) };
  const unknown = parsed.data.tours.flatMap((tour, i) => unknownTourItems(tour, known, i));
  return unknown.length > 0 ? { ok: false, errors: unknown.slice(0, 20) } : { ok: true, tours: parsed.data.tours };
}
