// data/tours.json, the atlas's built-in tours, checked by npm run check:data, the build and a unit
// test: its schema, that every step's item exists, and that every step has a caption and every
// tour a source. Each problem names the file, the tour and the field.
import type { DataProblem } from '../data/validate.ts';
import { issuePlace, unknownTourItems, type KnownTourItems } from './errors.ts';
import { builtInToursFileSchema, type Tour } from './schema.ts';

export const builtInToursFile = 'data/tours.json';

export function checkBuiltInTours(raw: unknown, known: KnownTourItems): { tours: Tour[]; problems: DataProblem[] } {
  const parsed = builtInToursFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): DataProblem => {
      const { place, field } = issuePlace(issue.path, raw, true);
      return { file: builtInToursFile, record: place, field: field || '(root)', message: issue.message };
    });
    return { tours: [], problems };
  }
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  for (const tour of parsed.data.tours) {
    const at = (field: string, message: string) => problems.push({ file: builtInToursFile, record: tour.id, field, message });
    if (seen.has(tour.id)) at('id', 'another tour has this id');
    seen.add(tour.id);
    if (tour.steps.length === 0) at('steps', 'a built-in tour has at least one step');
    tour.steps.forEach((step, i) => step.caption.trim() || at(`steps.${i}.caption`, 'a built-in step has a caption'));
    for (const message of unknownTourItems(tour, known)) at('steps', message);
    if (!tour.source) at('source', 'a built-in tour names its source');
  }
  return { tours: parsed.data.tours, problems };
}
