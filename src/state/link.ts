// Reading and writing the link with nuqs's pure functions (no router adapter): each of the
// domain's link keys (src/domain/link/keys.ts) becomes a nuqs parser that validates with the key's
// zod schema, createLoader reads a query string, createSerializer writes one (keys in order, a null
// or default value left out).
import { createLoader, createParser, createSerializer, type ParserMap } from 'nuqs/server';
import { z } from '../domain/schema/zodMini.ts';
import { malformed, type LinkKey, type LinkKeys, type LinkValues } from '../domain/link/keys.ts';
import type { LinkStore, SystemStatePart } from './systems.ts';

const parserOf = (key: LinkKey<unknown>) => {
  const parser = createParser<unknown>({
    parse: (raw) => {
      const parsed = z.safeParse(key.schema, raw);
      return parsed.success ? parsed.data : null;
    },
    serialize: key.format,
  });
  const fallback = key.defaultValue;
  return fallback === null || fallback === undefined ? parser : parser.withDefault(fallback);
};

// one parser map per set of keys (the sets are module constants)
const parserMaps = new WeakMap<LinkKeys, ParserMap>();
function parsersOf(keys: LinkKeys): ParserMap {
  let map = parserMaps.get(keys);
  if (!map) parserMaps.set(keys, (map = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, parserOf(key as LinkKey<unknown>)]))));
  return map;
}

/**
 * The values of a set of link keys in a query string (a key left out, or malformed, takes its
 * default, or null), and the keys that were there with a value their schema rejected.
 */
export function readLinkKeys<Keys extends LinkKeys>(keys: Keys, search: string | URLSearchParams): { values: LinkValues<Keys>; ignored: string[] } {
  // a repeated key's last value wins, as it always has in the atlas's links
  const params = new URLSearchParams(Object.fromEntries(new URLSearchParams(search)));
  const ignored = Object.keys(keys).filter((k) => {
    const raw = params.get(k);
    return raw !== null && malformed(keys[k] as LinkKey<unknown>, raw);
  });
  return { values: createLoader(parsersOf(keys))(params) as LinkValues<Keys>, ignored };
}

/** The query string of a state's link values ('' when nothing is left). */
export function linkSerializer(keys: LinkKeys): (values: Record<string, unknown>) => string {
  const serialize = createSerializer(parsersOf(keys));
  return (values) => serialize('', values);
}

/** Reads a system's keys from a query string and applies them; says which values it ignored (malformed). */
export function applySystemLink(system: SystemStatePart, search: string, store: LinkStore): { stop?: () => void; ignored: string[] } {
  const { values, ignored } = readLinkKeys(system.linkKeys, search);
  return { stop: system.applyLinkValues(values, store) ?? undefined, ignored };
}
