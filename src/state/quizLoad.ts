// The cun spans the build measured on a body (generated/body-<id>.measurements.json, beside its
// GLB): what a locate answer is scored in. Validated at the boundary; only the spans are kept.
import { z } from '../domain/schema/zodMini.ts';
import type { BodyVariantId } from '../domain/body/frame.ts';
import type { MeasuredCunSpan } from '../domain/study/quizCun.ts';
import { fetchGenerated } from './atlasData.ts';

const measurementsSchema = z.object({
  cunSpans: z.array(z.object({ id: z.string(), cun: z.number().check(z.positive()), lengthM: z.number().check(z.positive()) })).check(z.minLength(1)),
});

export async function fetchCunSpans(variant: BodyVariantId): Promise<MeasuredCunSpan[]> {
  return (await fetchGenerated(`body-${variant}.measurements.json`, measurementsSchema)).cunSpans;
}
