// CV: what the standard says of each location, as measurements (our words). See LU.ts.
import type { LocationSpec } from '../checks.ts';

export const CV: LocationSpec[] = [];
