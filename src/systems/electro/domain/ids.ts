// A pair's id, apart from the schema so the first view carries only this.
import { z } from 'zod';

export const pairIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens')
  .max(40);
