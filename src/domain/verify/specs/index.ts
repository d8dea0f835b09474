// Every location assertion, by channel. A channel's file holds one spec per point (per member of
// a point group); a point without a spec is unchecked.
import type { LocationSpec } from '../checks.ts';
import { BL } from './BL.ts';
import { CV } from './CV.ts';
import { EX } from './EX.ts';
import { GB } from './GB.ts';
import { GV } from './GV.ts';
import { HT } from './HT.ts';
import { KI } from './KI.ts';
import { LI } from './LI.ts';
import { LR } from './LR.ts';
import { LU } from './LU.ts';
import { PC } from './PC.ts';
import { SI } from './SI.ts';
import { SP } from './SP.ts';
import { ST } from './ST.ts';
import { TE } from './TE.ts';

export const locationSpecs: readonly LocationSpec[] = [...LU, ...LI, ...ST, ...SP, ...HT, ...SI, ...BL, ...KI, ...PC, ...TE, ...GB, ...LR, ...CV, ...GV, ...EX];
