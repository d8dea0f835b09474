// The URL holds what is shown: ?body=female&view=left&channel=ST&labels=1. Parsed with zod at the
// boundary; anything unknown is ignored rather than breaking the page.
import { z } from 'zod';
import { bodyVariantIds, type BodyVariantId } from '../domain/body/frame.ts';
import { channelOrder, type ChannelOrExtra } from '../domain/points/channels.ts';
import { viewPresets } from './store.ts';
import { categoryFilters } from './filters.ts';

const urlStateSchema = z.object({
  body: z.enum(bodyVariantIds as [BodyVariantId, ...BodyVariantId[]]).optional().catch(undefined),
  view: z.enum(viewPresets).optional().catch(undefined),
  channel: z.enum(channelOrder as [ChannelOrExtra, ...ChannelOrExtra[]]).optional().catch(undefined),
  labels: z.enum(['0', '1']).optional().catch(undefined),
  landmarks: z.enum(['0', '1']).optional().catch(undefined),
  paths: z.enum(['0', '1']).optional().catch(undefined),
  category: z.enum(categoryFilters).optional().catch(undefined),
  region: z.string().regex(/^[a-z-]+$/).optional().catch(undefined),
  extra: z.enum(['0', '1']).optional().catch(undefined),
  who: z.enum(['0', '1']).optional().catch(undefined),
  jiao: z.enum(['0', '1']).optional().catch(undefined),
  part: z.string().regex(/^[a-z-]+$/).optional().catch(undefined),
  q: z.string().max(300).optional().catch(undefined),
  zone: z.string().regex(/^[A-Za-z0-9-]+$/).optional().catch(undefined),
  point: z.string().regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/).optional().catch(undefined),
  side: z.enum(['left', 'right', 'midline']).optional().catch(undefined),
  ear: z.enum(['0', '1']).optional().catch(undefined),
  earmap: z.enum(['gbt13734-2008', 'nogier', 'compare']).optional().catch(undefined),
  ear3d: z.enum(['0', '1']).optional().catch(undefined),
  earpoint: z.string().regex(/^[A-Za-z0-9,-]+$/).max(40).optional().catch(undefined),
  protocol: z.string().regex(/^[a-z0-9-]+$/).max(60).optional().catch(undefined),
});
export type UrlState = z.infer<typeof urlStateSchema>;

export function parseUrlState(search: string): UrlState {
  const params = Object.fromEntries(new URLSearchParams(search));
  return urlStateSchema.parse(params);
}

export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
