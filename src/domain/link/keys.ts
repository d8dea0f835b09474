// Link keys as the domain declares them: the zod schema a key's text must pass (a value it rejects
// is malformed, ignored and reported), how a value is written back, and its default. Plain data:
// the state layer turns them into nuqs parsers (src/state/link.ts), which read and write the link.
// The atlas's own keys (src/state/url.ts) and each system's (src/systems/<id>/domain/system.ts) are
// made here, so one rule decides what is malformed.
import { z } from '../schema/zodMini.ts';

export interface LinkKey<T, Default extends T | null = T | null> {
  /** what the key's raw text must pass, and the value it becomes */
  readonly schema: z.core.$ZodType<T, string>;
  /** the value written back as text */
  readonly format: (value: T) => string;
  /** the value when the link leaves the key out (and left out of the link when it has it); null: none */
  readonly defaultValue: Default;
  /** the same key with a default */
  withDefault: (value: T) => LinkKey<T, T>;
}

/** A set of link keys by name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each key's value type is its own
export type LinkKeys = Readonly<Record<string, LinkKey<any, any>>>;

/** The values of a set of keys as read: a key left out or malformed has its default, or null. */
export type LinkValues<Keys extends LinkKeys> = {
  [K in keyof Keys]: Keys[K] extends LinkKey<infer T, infer Default> ? (null extends Default ? T | null : T) : never;
};

/** A link key whose raw text must pass `schema`; `format` writes a value back (default: as text). */
export function linkKey<T>(schema: z.core.$ZodType<T, string>, format: (value: T) => string = String): LinkKey<T, null> {
  const withDefault = (defaultValue: T): LinkKey<T, T> => ({ schema, format, defaultValue, withDefault });
  return { schema, format, defaultValue: null, withDefault };
}

/** Whether a key's raw text is malformed (its schema rejects it). */
export const malformed = (key: LinkKey<unknown>, raw: string): boolean => !z.safeParse(key.schema, raw).success;

/** An on/off link key ('1' or '0'; anything else is malformed), written '1' or '0'. */
export const linkFlag = linkKey(
  z.pipe(
    z.enum(['0', '1']),
    z.transform((v) => v === '1'),
  ),
  (on) => (on ? '1' : '0'),
);

/** The side of the selection, a link key shared by the systems whose items have sides. */
export const sideLinkKey = linkKey(z.enum(['left', 'right', 'midline']));
