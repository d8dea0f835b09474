// Link keys as nuqs parsers over zod schemas: every value a link carries is validated by its key's
// schema (a value the schema rejects parses as null), and written back by nuqs's serialiser. The
// atlas's own keys (src/state/url.ts) and each system's (src/systems/<id>/domain/system.ts) are
// made here, so one rule decides what is malformed.
import { createLoader, createParser, type inferParserType, type ParserMap, type SingleParser } from 'nuqs/server';
import { z } from 'zod';

/** A link key whose raw text must pass `schema`; `format` writes a value back (default: as text). */
export function linkKey<T>(schema: z.ZodType<T, string>, format: (value: T) => string = String) {
  return createParser<T>({
    parse: (raw) => {
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    serialize: format,
  });
}

/** An on/off link key ('1' or '0'; anything else is malformed), written '1' or '0'. */
export const linkFlag = linkKey(
  z.enum(['0', '1']).transform((v) => v === '1'),
  (on) => (on ? '1' : '0'),
);

/** The side of the selection, a link key shared by the systems whose items have sides. */
export const sideLinkKey = linkKey(z.enum(['left', 'right', 'midline']));

/**
 * The values of a set of link keys in a query string (a key left out, or malformed, takes its
 * default, or null), and the keys that were there with a value their schema rejected.
 */
export function readLinkKeys<Keys extends ParserMap>(keys: Keys, search: string | URLSearchParams): { values: inferParserType<Keys>; ignored: string[] } {
  // a repeated key's last value wins, as it always has in the atlas's links
  const params = new URLSearchParams(Object.fromEntries(new URLSearchParams(search)));
  const ignored = Object.keys(keys).filter((k) => {
    const raw = params.get(k);
    return raw !== null && (keys[k] as SingleParser<unknown> | undefined)?.parse(raw) == null;
  });
  return { values: createLoader(keys)(params), ignored };
}
