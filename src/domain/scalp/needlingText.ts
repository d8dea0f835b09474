// A scalp zone's needling in one run of text, as the card and the print sheet show it: "transverse,
// 1-1.5 cun per needle under the scalp; work along the line from top to bottom. Treat the side
// opposite ...". The records' directions end in a full stop or not; each sentence ends in one.
import type { WhoScalpLine } from '../schema/scalp.ts';

const ended = (s: string) => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

export function scalpNeedlingText(needling: WhoScalpLine['needling']): string {
  const direction = needling.direction.trim().replace(/[.;,]+$/, '');
  return [`${needling.angle}, ${needling.depth}; ${direction}.`, needling.notes ? ended(needling.notes) : ''].filter(Boolean).join(' ');
}
