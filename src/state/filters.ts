// Which points the filters let through: channel, category, region, and extra points on or off.
import { channelOfCode, type ChannelOrExtra } from '../domain/points/channels.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';

import type { CategoryFilter } from '../domain/points/categoryFilters.ts';
export { categoryFilterLabels, categoryFilters, type CategoryFilter } from '../domain/points/categoryFilters.ts';

export interface PointFilters {
  channel: ChannelOrExtra | null;
  category: CategoryFilter | null;
  region: string | null;
  showExtra: boolean;
}

export function passesFilters(code: string, record: AtlasPointRecord | undefined, f: PointFilters): boolean {
  const channel = channelOfCode(code);
  if (!f.showExtra && channel === 'EX') return false;
  if (f.channel !== null && channel !== f.channel) return false;
  if (f.category !== null && !record?.categories.some((c) => c.kind === f.category)) return false;
  if (f.region !== null && record?.region !== f.region) return false;
  return true;
}

/** A point is on the body when the filters let it through and, while a search is on, the search found it. */
export function pointShown(code: string, record: AtlasPointRecord | undefined, f: PointFilters, found: ReadonlySet<string> | null): boolean {
  return passesFilters(code, record, f) && (found === null || found.has(code));
}
