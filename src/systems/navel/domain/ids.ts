// The eight directions' ids, apart from the schema so the first view carries only these.
import { z } from '../../../domain/schema/zodMini.ts';

export const trigramIds = ['li', 'kun', 'dui', 'qian', 'kan', 'gen', 'zhen', 'xun'] as const;
export const trigramIdSchema = z.enum(trigramIds);
export type TrigramId = z.infer<typeof trigramIdSchema>;
