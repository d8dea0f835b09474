// Tour steps and the store: playing a step applies it through the store's own actions (select the
// item, filter to the channel, open the ear protocol, move the camera), and "add a step" reads the
// step the atlas shows now (the selection or the channel or protocol, and the camera).
import { channelInfo } from '../domain/points/channels.ts';
import type { KnownTourItems } from '../domain/tours/errors.ts';
import type { TourItem, TourStep } from '../domain/tours/schema.ts';
import { fetchEar } from './atlasData.ts';
import { itemLabel, knownItems } from './setItems.ts';
import { pointSelection } from './slices/selection.ts';
import type { AtlasState } from './store.ts';

/** Shows a step's item and moves the camera to its view (a view holds against the item's framing). */
export function applyTourStep(step: TourStep, s: AtlasState, holdPreset: (preset: NonNullable<TourStep['view']>['preset']) => void): void {
  const { item, view } = step;
  if (item.system === 'points') {
    const record = s.records?.get(item.id);
    s.openEar(false);
    s.select(record ? pointSelection(record) : { system: 'points', id: item.id, side: 'left', index: 1 });
  } else if (item.system === 'scalp') {
    const line = s.whoLines.get(item.id);
    s.openEar(false);
    // (Jiao's area ids are lower-case words, WHO's line codes MS1...: told apart before the records load)
    if (s.jiaoAreas.has(item.id) || (!line && /^[a-z]/.test(item.id))) s.setShowJiao(true);
    else s.setShowWho(true);
    s.select({ system: 'scalp', id: item.id, side: line?.laterality === 'midline' ? 'midline' : 'left' });
  } else if (item.system === 'ear') {
    s.select({ system: 'ear', id: item.id });
  } else if (item.system === 'channel') {
    s.select(null);
    s.openEar(false);
    s.setChannel(item.id);
  } else {
    s.select(null);
    s.setProtocol(item.id);
  }
  if (view?.orbit) s.restoreCamera(view.preset, view.orbit);
  else if (view) holdPreset(view.preset);
}

/** The item the atlas shows now: the selection (or the ear protocol lit on the open ear map), else the channel filter. */
export function currentTourItem(s: AtlasState): TourItem | null {
  // (a navel direction or an electro-acupuncture pair is not yet a tour step)
  const sel = s.selection?.system === 'navel' || s.selection?.system === 'electro' ? null : s.selection;
  // the ear map open on a protocol shows the protocol, unless one of the ear's own points is selected
  // (the injury level's selection and a dermatome are no items of a tour: a tour has no such steps yet)
  if (sel && sel.system !== 'injury' && sel.system !== 'dermatomes' && (sel.system === 'ear' || !s.earOpen || !s.protocol))
    return { system: sel.system, id: sel.id };
  if (s.earOpen && s.protocol) return { system: 'protocol', id: s.protocol };
  if (s.channel) return { system: 'channel', id: s.channel };
  return null;
}

/** An item in words ("LU9 Tàiyuān, Great Abyss", "Lung channel", "NADA five-point protocol"). */
export function tourItemLabel(item: TourItem, s: AtlasState): string {
  if (item.system === 'channel') return item.id === 'EX' ? 'Extra points' : `${channelInfo[item.id].name} channel`;
  if (item.system === 'protocol') return s.ear?.protocols.find((p) => p.id === item.id)?.name ?? `Protocol ${item.id}`;
  return itemLabel(item, s);
}

/**
 * The step the atlas shows now, or null when nothing is selected, filtered or lit. The camera is
 * kept when the user moved it (an orbit) or left it at a preset; a camera that framed the
 * selection is not kept: playing the step frames the item again. An ear step keeps no camera.
 */
export function currentTourStep(s: AtlasState, caption: string): TourStep | null {
  const item = currentTourItem(s);
  if (!item) return null;
  const { preset, orbit } = s.camera;
  // the ear map covers the stage: a camera behind it would be kept for nothing
  const onEar = item.system === 'ear' || item.system === 'protocol';
  const view = onEar ? undefined : orbit ? { preset, orbit } : s.offPreset ? undefined : { preset };
  return { item, ...(view ? { view } : {}), caption };
}

/** Every id a tour step may name (what is not loaded yet is loaded: the ear map, the scalp records). */
export async function knownTourItems(s: AtlasState): Promise<KnownTourItems> {
  const [items, ear] = await Promise.all([knownItems(s), s.ear ?? fetchEar()]);
  return { ...items, protocols: new Set(ear.protocols.map((p) => p.id)) };
}
