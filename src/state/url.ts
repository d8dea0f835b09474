// The link holds what is shown: ?body=female&view=left&channel=ST&labels=1. The atlas's own keys are
// here; each system declares the keys it owns (src/systems/<id>/domain/system.ts) and reads and
// applies them (state/system.ts). Every value is parsed with zod at the boundary: a malformed value
// or an unknown key is ignored, and said (linkNotice), rather than breaking the page.
import { z } from 'zod';
import { bodyVariantIds, type BodyVariantId } from '../domain/body/frame.ts';
import { viewPresets } from './slices/view.ts';
import { linkFlag } from '../systems/types.ts';

export const atlasLinkKeys = {
  body: z
    .enum(bodyVariantIds as [BodyVariantId, ...BodyVariantId[]])
    .optional()
    .catch(undefined),
  view: z.enum(viewPresets).optional().catch(undefined),
  landmarks: linkFlag,
  q: z.string().max(300).optional().catch(undefined),
};
export type AtlasLink = z.infer<z.ZodObject<typeof atlasLinkKeys>>;

/** The raw key/value pairs of a query string (the last value of a repeated key wins). */
export function linkParams(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

/**
 * The values of one set of link keys, parsed (every key is optional and falls back to undefined,
 * so parsing cannot fail), and the keys whose values were there but malformed. The atlas's own keys
 * and every system's go through here.
 */
export function parseLinkKeys<Keys extends z.ZodRawShape>(
  keys: Keys,
  params: Readonly<Record<string, string>>,
): { values: z.infer<z.ZodObject<Keys>>; ignored: string[] } {
  const own = Object.fromEntries(
    Object.keys(keys)
      .filter((k) => params[k] !== undefined)
      .map((k) => [k, params[k]]),
  );
  const values = z.object(keys).parse(own);
  return { values, ignored: Object.keys(own).filter((k) => (values as Record<string, unknown>)[k] === undefined) };
}

/** The atlas's own keys, parsed; and the keys whose values were malformed. */
export function parseAtlasLink(params: Readonly<Record<string, string>>): { link: AtlasLink; ignored: string[] } {
  const { values, ignored } = parseLinkKeys(atlasLinkKeys, params);
  return { link: values, ignored };
}

/** The query string of a set of values, undefined ones left out, in a stable order. */
export function formatLink(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Words for the values a link carried that the atlas ignored. */
export function ignoredLinkNotice(ignored: readonly string[], unknown: readonly string[]): string | null {
  const parts = [...ignored.map((k) => `"${k}" had a value the atlas does not know`), ...unknown.map((k) => `"${k}" is not a setting of the atlas`)];
  return parts.length > 0 ? `Part of this link was ignored: ${parts.join('; ')}.` : null;
}
