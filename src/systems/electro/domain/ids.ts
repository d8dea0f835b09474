// A pair's id, apart from the schema so the first view carries only this.
import { z } from '../../../domain/schema/zodMini.ts';

export const pairIdSchema = z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'), z.maxLength(40));
