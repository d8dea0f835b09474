// Reading codes out of typed text: WHO codes with any known prefix or channel name, extra points,
// and the ear's GB/T 13734-2008 codes. Plain regular expressions, apart from the search index so a
// light module (the quiz's name matching) reads codes without loading MiniSearch.
import { channelAliases, channelNames } from './text.ts';

// Code-like input, one pattern each: a channel code with any known prefix ("ub 23", "Ren12"), an
// extra point ("ex-hn3"), an ear code of GB/T 13734-2008 ("tf 4", "HX6,7i", "AH6a", "PS").
const channelCodePattern = /\b([A-Za-z]{1,7})[\s.-]*(\d{1,2})\b/g;
const extraCodePattern = /\bex[\s-]*(hn|ca|b|ue|le)[\s-]*(\d{1,2})\b/gi;
const earCodePattern = /\b(HX|SF|AH|TF|TG|AT|CO|LO|P|R)[\s.-]*(\d{1,2}(?:,\d{1,2})*)([a-z]?)\b|\bps\b/gi;
// a channel by name and a number ("Stomach 36", "large intestine-4"): the longest name first, so
// "Gall Bladder 20" is GB20 and not BL20
const channelNamePattern = new RegExp(
  `\\b(${Object.keys(channelNames)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '[\\s-]+'))
    .join('|')})[\\s.-]*(\\d{1,2})\\b`,
  'gi',
);

/** Turns code-like input into WHO codes: "ub 23", "BL-23", "ren12" → "BL23", "CV12". */
export function canonicalCodes(query: string): string[] {
  const out: string[] = [];
  for (const m of query.matchAll(channelCodePattern)) {
    const prefix = (m[1] ?? '').toUpperCase();
    const ch = channelAliases[prefix];
    if (ch) out.push(`${ch}${Number(m[2])}`);
    else if (prefix === 'MS') out.push(`MS${Number(m[2])}`);
  }
  for (const m of query.matchAll(channelNamePattern)) {
    const ch = channelNames[(m[1] ?? '').toLowerCase().replace(/[\s-]+/g, ' ')];
    if (ch) out.push(`${ch}${Number(m[2])}`);
  }
  for (const m of query.matchAll(extraCodePattern)) out.push(`EX-${(m[1] ?? '').toUpperCase()}${Number(m[2])}`);
  return out;
}

/** Ear codes of GB/T 13734-2008 as typed: "TF4", "tf 4", "HX6,7i", "AH6a", "TG1p", "LO7,8,9", "PS". */
export function earCodes(query: string): string[] {
  return [...query.matchAll(earCodePattern)].map((m) => (m[1] ? `${m[1].toUpperCase()}${m[2]}${(m[3] ?? '').toLowerCase()}` : 'PS'));
}

/** Is the query nothing but codes (and separators)? Then it needs no text search. */
export const onlyCodesIn = (query: string) =>
  query
    .replace(earCodePattern, ' ')
    .replace(channelNamePattern, ' ')
    .replace(channelCodePattern, ' ')
    .replace(extraCodePattern, ' ')
    .replace(/[\s,;]+/g, '') === '';
